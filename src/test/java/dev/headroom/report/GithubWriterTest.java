package dev.headroom.report;

import org.junit.jupiter.api.Test;

import static dev.headroom.report.ReportFixtures.report;
import static dev.headroom.report.ReportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GithubWriterTest {

    @Test
    void escapesMessageData() {
        assertEquals("100%25 over%0D%0Aline 2: a, b", GithubWriter.data("100% over\r\nline 2: a, b"));
    }

    @Test
    void escapesPropertiesIncludingCommaAndColon() {
        assertEquals("dir%2Cx/a%3Ab.yaml%25%0A", GithubWriter.property("dir,x/a:b.yaml%\n"));
    }

    @Test
    void oneCommandPerFinding() {
        String out = write(new GithubWriter(), report());
        String[] lines = out.split("\n", -1);
        assertEquals(7, lines.length, out); // six findings and the final newline
        assertTrue(out.contains("::warning file=serverless.yml,line=5,col=12,endLine=5,endColumn=15,"
                + "title=HR102 lambda-timeout-near-limit::Timeout 890 s is within 10 s of Lambda's 900 s maximum;"
                + " move long work to an ECS task%0Anote: function 'handler' inherits it at serverless.yml:20:3\n"), out);
        assertTrue(out.contains("::notice file=serverless.yml,line=22,col=17,endLine=22,endColumn=22,"
                + "title=HR401 lambda-memory-oversized::MemorySize 10240 MB ≥ ceiling 3008 MB, 100%25 over\n"), out);
        assertTrue(out.contains("::error file=broken.yaml,line=3,col=9,endLine=3,endColumn=9,title=HR900::"), out);
        assertTrue(out.contains("%0Aconstruct: AppStack/Worker/Resource\n"), out);
    }

    @Test
    void multiLineRangeHasNoColumns() {
        var base = report();
        var f = base.findings().get(0);
        var wide = new dev.headroom.rules.Finding(f.ruleId(), f.severity(), "m",
                new dev.headroom.model.Source(f.source().file(), 3, 5, 6, 2), java.util.List.of(), null, "");
        var r = new ScanReport("0.1.0", base.baseDir(), base.rules(), base.levels(), java.util.List.of(wide),
                base.filesByFormat(), 1, java.util.List.of(), base.elapsed());
        assertEquals("::error file=broken.yaml,line=3,endLine=6,title=HR900::m\n", write(new GithubWriter(), r));
    }
}
