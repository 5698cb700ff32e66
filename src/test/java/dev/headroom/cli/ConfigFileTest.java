package dev.headroom.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.headroom.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code .headroom.yaml} as a user meets it: the nearest file wins, its paths count from its own directory,
 * {@code --config} and {@code --no-config} choose, and an option on the command line wins over the file.
 */
class ConfigFileTest {

    /** HR102 (warning) at line 5: timeout 800 s is over the default threshold of 720 s. */
    static final String TEMPLATE = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Timeout: 800
            """;

    @TempDir
    Path repo;

    @BeforeEach
    void gitRoot() throws Exception {
        Files.createDirectories(repo.resolve(".git")); // the upward search stops here
    }

    private Path write(String rel, String text) throws Exception {
        Path p = repo.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void withoutAConfigTheDefaultsApply() throws Exception {
        Path t = write("app/template.yaml", TEMPLATE);
        CliTest.Run r = run("scan", t.toString());
        assertEquals(0, r.code(), "a warning does not fail at the default fail-on: " + r.out());
        assertTrue(r.out().contains("HR102"), r.out());
    }

    @Test
    void nearestConfigWinsWithoutMergingTheOneAbove() throws Exception {
        write(".headroom.yaml", "fail-on: warning\nrules:\n  HR102: off\n");
        write("a/.headroom.yaml", "fail-on: warning\n"); // nearest for a/: HR102 on again, no merge with the root's
        Path a = write("a/template.yaml", TEMPLATE);
        Path b = write("b/template.yaml", TEMPLATE);
        CliTest.Run ra = run("scan", a.toString());
        assertEquals(1, ra.code(), ra.out());
        assertTrue(ra.out().contains("HR102"), ra.out());
        CliTest.Run rb = run("scan", b.toString());
        assertEquals(0, rb.code(), "b/ falls back to the root config, which switches HR102 off: " + rb.out());
        assertFalse(rb.out().contains("HR102"), rb.out());
        // One run over both projects: each file with its own config.
        CliTest.Run both = run("scan", repo.toString(), "--format", "json");
        assertEquals(1, both.code(), both.out());
        assertTrue(both.out().contains("a/template.yaml"), both.out());
        assertFalse(both.out().contains("b/template.yaml"), both.out());
    }

    @Test
    void theSearchStopsAtTheTopOfTheGitWorkTree() throws Exception {
        Path outer = repo.resolve("outer");
        Files.createDirectories(outer.resolve("inner/.git"));
        write("outer/.headroom.yaml", "fail-on: warning\n");
        Path t = write("outer/inner/template.yaml", TEMPLATE);
        assertEquals(0, run("scan", t.toString()).code(), "the config above the inner work tree does not apply");
    }

    @Test
    void pathsCountFromTheConfigsOwnDirectory() throws Exception {
        write("proj/.headroom.yaml", "ruleset: rules/team.yaml\nexclude: [legacy]\n");
        write("proj/rules/team.yaml", "extends: default\nrules:\n  HR102:\n    level: error\n");
        Path t = write("proj/stack/template.yaml", TEMPLATE);
        write("proj/legacy/old.yaml", TEMPLATE.replace("800", "1000")); // HR101 error, excluded
        // Run from elsewhere (the project's directory is not the current one): paths still resolve.
        CliTest.Run r = run("scan", repo.resolve("proj").toString(), "--format", "json");
        assertEquals(1, r.code(), "the team rule set makes HR102 an error: " + r.out() + r.err());
        assertTrue(r.out().contains("stack/template.yaml"), r.out());
        assertFalse(r.out().contains("old.yaml"), "legacy/ is excluded: " + r.out());
        assertFalse(r.out().contains("HR101"), r.out());
        assertTrue(r.out().contains("\"level\" : \"error\"") || r.out().contains("\"level\": \"error\""), r.out());
    }

    @Test
    void commandLineOptionsWinOverTheFile() throws Exception {
        write(".headroom.yaml", "fail-on: warning\nruleset: strict\n");
        Path t = write("template.yaml", TEMPLATE);
        assertEquals(1, run("scan", t.toString()).code());
        assertEquals(0, run("scan", t.toString(), "--fail-on", "error").code(), "--fail-on wins");
        // strict's threshold (600) fires on 700; --ruleset default (720) does not.
        Path t2 = write("t2/template.yaml", TEMPLATE.replace("800", "700"));
        assertEquals(1, run("scan", t2.toString()).code());
        assertEquals(0, run("scan", t2.toString(), "--ruleset", "default").code(), "--ruleset wins");
    }

    @Test
    void paramsMergeKeyByKeyWithTheCommandLineWinning() throws Exception {
        write(".headroom.yaml", "params:\n  Timeout: 1000\n  Other: x\n");
        Path t = write("template.yaml", """
                Parameters:
                  Timeout:
                    Type: Number
                    Default: 30
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Timeout: !Ref Timeout
                """);
        assertTrue(run("scan", t.toString()).out().contains("HR101"), "the config's param: 1000 s > 900 s");
        assertFalse(run("scan", t.toString(), "--param", "Timeout=60").out().contains("HR101"), "--param wins");
    }

    @Test
    void configChoosesOneFileAndNoConfigNone() throws Exception {
        write(".headroom.yaml", "fail-on: warning\n");
        Path other = write("elsewhere/strict-gate.yaml", "fail-on: note\nrules:\n  HR102: note\n");
        Path t = write("template.yaml", TEMPLATE);
        assertEquals(1, run("scan", t.toString()).code());
        assertEquals(0, run("scan", t.toString(), "--no-config").code(), "no config: fail-on error");
        CliTest.Run r = run("scan", t.toString(), "--config", other.toString());
        assertEquals(1, r.code(), "the named file's fail-on: note");
        assertTrue(r.out().contains("HR102 lambda-timeout-near-limit (note)"), r.out());
        CliTest.Run both = run("scan", t.toString(), "--config", other.toString(), "--no-config");
        assertEquals(2, both.code(), "the two options exclude each other");
        CliTest.Run missing = run("scan", t.toString(), "--config", repo.resolve("nope.yaml").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("headroom: --config: no such file: "), missing.err());
    }

    @Test
    void builtInExclusionsStayWhateverTheConfigSays() throws Exception {
        write(".headroom.yaml", "exclude: []\n");
        write("node_modules/pkg/template.yaml", TEMPLATE.replace("800", "1000"));
        write(".aws-sam/build/template.yaml", TEMPLATE.replace("800", "1000"));
        write("cdk.out/asset.abc/template.yaml", TEMPLATE.replace("800", "1000"));
        CliTest.Run r = run("scan", repo.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("Scanned 0 files"), r.out());
    }

    @Test
    void anExcludedNamedFileIsSkippedWithANotice() throws Exception {
        write(".headroom.yaml", "exclude: ['**/*.test.yaml']\n");
        Path t = write("deep/x.test.yaml", TEMPLATE.replace("800", "1000"));
        CliTest.Run r = run("scan", t.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.err().contains("x.test.yaml: excluded by "), r.err());
    }
}
