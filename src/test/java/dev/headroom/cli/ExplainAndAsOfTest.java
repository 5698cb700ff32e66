package dev.headroom.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainAndAsOfTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void explainPrintsTheCommittedPageByIdOrName() throws Exception {
        String page = Files.readString(Path.of("docs/rules/HR301.md"), StandardCharsets.UTF_8);
        assertEquals(page, run("explain", "HR301").out());
        assertEquals(page, run("explain", "lambda-rds-without-proxy").out());
        assertEquals(page, run("explain", "hr301").out());
    }

    @Test
    void explainRefusesAnUnknownRule() {
        Run r = run("explain", "HR999");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("unknown rule"), r.err());
    }

    @Test
    void asOfDecidesWhetherARuntimeIsDeprecated() throws Exception {
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.11\n      Handler: x\n");
        assertFalse(run("scan", t.toString(), "--as-of", "2026-01-01", "--format", "json").out().contains("HR107"));
        Run after = run("scan", t.toString(), "--as-of", "2026-07-01", "--format", "json", "--fail-on", "warning");
        assertTrue(after.out().contains("HR107"), after.out());
        assertEquals(Main.FINDINGS, after.code());
        assertEquals(Main.USAGE, run("scan", t.toString(), "--as-of", "soon").code());
    }
}
