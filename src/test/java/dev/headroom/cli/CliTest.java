package dev.headroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user meets it: exit codes, streams, help and errors. */
class CliTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static final String FIXTURES = "src/test/resources/fixtures/";

    @Test
    void versionAndHelpOnEveryCommand() {
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("headroom "), v.out());
        for (String[] args : new String[][] {{"--help"}, {"scan", "--help"}, {"rules", "--help"}}) {
            Run r = run(args);
            assertEquals(0, r.code(), String.join(" ", args));
            assertTrue(r.out().contains("Usage:"), r.out());
        }
    }

    @Test
    void exitCodeFollowsTheFailLevel() {
        // sam/transform-list.yaml has one error (HR205); cloudformation/sub-placeholders.yaml one error too;
        // samples' fargate-service has errors, warnings and a note.
        assertEquals(1, run("scan", FIXTURES + "sam/transform-list.yaml").code());
        assertEquals(0, run("scan", FIXTURES + "sam/transform-list.yaml", "--fail-on", "none").code());
        assertEquals(0, run("scan", FIXTURES + "skipped").code(), "nothing of ours: no findings");
    }

    @Test
    void warningsFailOnlyFromWarningLevel(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("t.yaml"), """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Timeout: 800
                """);
        assertEquals(0, run("scan", f.toString()).code());
        assertEquals(1, run("scan", f.toString(), "--fail-on", "warning").code());
        assertEquals(1, run("scan", f.toString(), "--fail-on", "note").code());
        Path set = Files.writeString(dir.resolve("set.yaml"), "rules:\n  HR102:\n    level: error\n    threshold: 900\n");
        assertEquals(0, run("scan", f.toString(), "--ruleset", set.toString()).code(), "threshold 900 > 800");
    }

    @Test
    void usageErrorsExitTwoWithOneLineAndNoReport() {
        for (String[] args : new String[][] {
                {"scan", "--bogus"},
                {"scan", "--format", "xml", "samples"},
                {"scan", "--fail-on", "fatal", "samples"},
                {"scan", "--ruleset", "no-such-set", "samples"},
                {"scan", "does/not/exist"},
                {"scan", "--jobs", "0", "samples"},
                {"frobnicate"}}) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals("", r.out(), "stdout stays empty on a usage error");
            assertTrue(r.err().startsWith("headroom: "), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }

    @Test
    void badRuleSetIsAConfigurationError(@TempDir Path dir) throws Exception {
        Path set = Files.writeString(dir.resolve("bad.yaml"), "rules:\n  HR102:\n    treshold: 600\n");
        Run r = run("scan", "samples", "--ruleset", set.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("HR102 has no parameter 'treshold'"), r.err());
        Path unknown = Files.writeString(dir.resolve("unknown.yaml"), "rules:\n  HR999: error\n");
        assertTrue(run("scan", "samples", "--ruleset", unknown.toString()).err().contains("unknown rule 'HR999'"));
    }

    @Test
    void malformedFileIsAFindingAndTheScanGoesOn() {
        Run r = run("scan", FIXTURES + "errors", "--format", "json");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("\"HR900\""), r.out());
        assertTrue(r.out().contains("\"HR101\""), "the valid file in the folder is still checked");
        assertEquals("", r.err());
    }

    @Test
    void sarifOnStdoutIsTheWholeOutput() throws Exception {
        Run r = run("scan", "samples", "--format", "sarif");
        assertEquals(1, r.code());
        JsonNode sarif = new ObjectMapper().readTree(r.out()); // fails if anything else is on stdout
        assertEquals("2.1.0", sarif.get("version").asText());
        assertTrue(sarif.at("/runs/0/results").size() > 5);
        assertEquals(r.out(), run("scan", "samples", "--format", "sarif").out(), "same input, same bytes");
    }

    @Test
    void outputFileLeavesStdoutEmpty(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("nested/report.sarif");
        Run r = run("scan", "samples", "--format", "sarif", "--output", out.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).contains("\"$schema\""));
    }

    @Test
    void parametersOverrideDefaults() {
        String f = FIXTURES + "cloudformation/lambda-limits.yaml";
        assertTrue(run("scan", f, "--format", "json").out().contains("timeout 1200 s"));
        Run r = run("scan", f, "--format", "json", "--param", "WorkerTimeout=60");
        assertFalse(r.out().contains("timeout 1200 s"), r.out());
    }

    @Test
    void rulesListsEveryRuleWithItsLevel() {
        Run r = run("rules");
        assertEquals(0, r.code());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("HR102") && l.contains("lambda-timeout-near-limit")
                && l.contains("warning")), r.out());
        Run strict = run("rules", "--ruleset", "strict");
        assertTrue(strict.out().lines().anyMatch(l -> l.startsWith("HR202") && l.contains("warning")), strict.out());
    }
}
