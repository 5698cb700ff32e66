package dev.headroom.report;

import dev.headroom.model.Source;
import dev.headroom.rules.Finding;
import dev.headroom.rules.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.headroom.report.ReportFixtures.assertGolden;
import static dev.headroom.report.ReportFixtures.report;
import static dev.headroom.report.ReportFixtures.sources;
import static dev.headroom.report.ReportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextWriterTest {

    @Test
    void matchesGolden() throws IOException {
        assertGolden("report-unit.txt", write(new TextWriter(false, sources()), report()));
    }

    @Test
    void findingLineShapeAndExcerpt() {
        String text = write(new TextWriter(false, sources()), report());
        assertTrue(text.startsWith("broken.yaml:3:9: HR900 parse-error (error): cannot parse"), text);
        assertTrue(text.contains("\nserverless.yml:5:12: HR102 lambda-timeout-near-limit (warning): Timeout 890 s is within"
                + " 10 s of Lambda's 900 s maximum; move long work to an ECS task\n"
                + "  |\n"
                + "5 |   timeout: 890\n"
                + "  |            ^^^\n"
                + "  = note: function 'handler' inherits it at serverless.yml:20:3\n\n"), text);
        assertTrue(text.contains("\n   |\n14 |        DB_HOST: !GetAtt [ Db, Endpoint.Address]\n"
                + "   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"), "the gutter widens with the line number: " + text);
        assertTrue(text.contains("\n  = construct: AppStack/Worker/Resource (aws-cdk-lib.aws_lambda.CfnFunction)\n"), text);
        assertTrue(text.contains("\nnote: cdk.out: AppStack has no aws:cdk:path metadata for 2 resources\n"), text);
        assertTrue(text.endsWith("\nScanned 4 files (CloudFormation 1, SAM 1, Serverless Framework 1, "
                + "CDK cloud assembly 1): 2 errors, 2 warnings, 2 notes in 0.42 s\n"), text);
        assertFalse(text.contains("\u001b"), "no colour unless asked for");
    }

    @Test
    void excerptsExpandTabsUnderlineToTheEndOfAMultiLineSpanAndSkipUnreadableFiles() {
        Finding tabbed = new Finding("HR102", Severity.WARNING, "m", new Source("/proj/a.yaml", 1, 11, 1, 14), List.of(), null, "");
        Finding multi = new Finding("HR102", Severity.WARNING, "m", new Source("/proj/a.yaml", 2, 3, 4, 1), List.of(), null, "");
        Finding missing = new Finding("HR102", Severity.WARNING, "m", new Source("/proj/gone.yaml", 1, 1, 1, 3), List.of(), null, "");
        ScanReport r = new ScanReport("0.1.0", ReportFixtures.BASE, ReportFixtures.rules(), Map.of(),
                List.of(tabbed, multi, missing), Map.of(), 1, List.of(), Duration.ZERO);
        SourceText text = f -> f.equals("/proj/a.yaml") ? List.of("\tTimeout: 890", "  Fn: {", "  }") : null;
        assertEquals("a.yaml:1:11: HR102 lambda-timeout-near-limit (warning): m\n"
                + "  |\n"
                + "1 |     Timeout: 890\n"
                + "  |              ^^^\n\n"
                + "a.yaml:2:3: HR102 lambda-timeout-near-limit (warning): m\n"
                + "  |\n"
                + "2 |   Fn: {\n"
                + "  |   ^^^^^\n\n"
                + "gone.yaml:1:1: HR102 lambda-timeout-near-limit (warning): m\n\n", write(new TextWriter(false, text), r)
                .replaceAll("Scanned.*\n$", ""));
    }

    @Test
    void noFindings() {
        assertEquals("No findings.\nScanned 2 files (CloudFormation 2): 0 errors, 0 warnings, 0 notes in 0.01 s\n",
                write(new TextWriter(false), ReportFixtures.empty()));
    }

    @Test
    void colourMarksLevelsIdsSpansAndTheGutter() {
        String text = write(new TextWriter(true, sources()), report());
        assertTrue(text.startsWith("broken.yaml:3:9: \u001b[1mHR900\u001b[0m parse-error (\u001b[31merror\u001b[0m): "), text);
        assertTrue(text.contains(" lambda-rds-without-proxy (\u001b[31merror\u001b[0m): DB_HOST"), text);
        assertTrue(text.contains(" lambda-timeout-near-limit (\u001b[33mwarning\u001b[0m): Timeout"), text);
        assertTrue(text.contains(" lambda-memory-oversized (\u001b[36mnote\u001b[0m): MemorySize"), text);
        assertTrue(text.contains("\u001b[1;34m5 |\u001b[0m   timeout: 890\n\u001b[1;34m  |\u001b[0m            \u001b[33m^^^\u001b[0m\n"), text);
        assertEquals(write(new TextWriter(false, sources()), report()), text.replaceAll("\u001b\\[[0-9;]*m", ""),
                "colour adds escape codes and nothing else");
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertEquals(write(new TextWriter(false, sources()), report()), write(new TextWriter(false, sources()), report()));
    }
    /** The summary's seconds are written out without the formatter; they must read as {@code %.2f} printed them. */
    @Test
    void secondsReadAsPercentPointTwoF() {
        for (long ms = 0; ms <= 200_000; ms++) {
            assertEquals(String.format(java.util.Locale.ROOT, "%.2f", ms / 1000.0), TextWriter.seconds(ms), ms + " ms");
        }
    }
}
