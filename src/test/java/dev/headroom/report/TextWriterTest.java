package dev.headroom.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.headroom.report.ReportFixtures.assertGolden;
import static dev.headroom.report.ReportFixtures.report;
import static dev.headroom.report.ReportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextWriterTest {

    @Test
    void matchesGolden() throws IOException {
        assertGolden("report-unit.txt", write(new TextWriter(false), report()));
    }

    @Test
    void findingLineShape() {
        String text = write(new TextWriter(false), report());
        assertTrue(text.contains("\nserverless.yml:5:12: HR102 warning  Timeout 890 s"), text);
        assertTrue(text.contains("\nsam/template.yaml:14:17: HR301 error    DB_HOST"), text);
        assertTrue(text.contains("\n  = note: database 'Db' <postgres> at sam/template.yaml:40:3\n"), text);
        assertTrue(text.contains("\n  = construct: AppStack/Worker/Resource (aws-cdk-lib.aws_lambda.CfnFunction)\n"), text);
        assertTrue(text.contains("\nnote: cdk.out: AppStack has no aws:cdk:path metadata for 2 resources\n"), text);
        assertTrue(text.endsWith("\nScanned 4 files (CloudFormation 1, SAM 1, Serverless Framework 1, "
                + "CDK cloud assembly 1): 2 errors, 2 warnings, 2 notes in 0.42 s\n"), text);
        assertFalse(text.contains("\u001b"), "no colour unless asked for");
    }

    @Test
    void noFindings() {
        assertEquals("No findings.\nScanned 2 files (CloudFormation 2): 0 errors, 0 warnings, 0 notes in 0.01 s\n",
                write(new TextWriter(false), ReportFixtures.empty()));
    }

    @Test
    void colourMarksLevelsAndHeadings() {
        String text = write(new TextWriter(true), report());
        assertTrue(text.startsWith("\u001b[1mbroken.yaml\u001b[0m\n"), text);
        assertTrue(text.contains(" HR301 \u001b[31merror\u001b[0m    DB_HOST"), text);
        assertTrue(text.contains(" HR102 \u001b[33mwarning\u001b[0m  Timeout"), text);
        assertTrue(text.contains(" HR401 \u001b[36mnote\u001b[0m     MemorySize"), text);
    }
}
