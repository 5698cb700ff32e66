package dev.headroom.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.headroom.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code headroom config [PATH]}: what a scan of PATH would use, and which files it came from. */
class ConfigCommandTest {

    @TempDir
    Path repo;

    @Test
    void printsTheEffectiveConfigurationAndItsFiles() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("team/stacks"));
        Files.writeString(repo.resolve("team/.headroom.yaml"), """
                ruleset: rules.yaml
                rules:
                  HR102:
                    threshold: 600
                exclude: [legacy]
                ignore:
                  - paths: [batch/**]
                    rules: HR2
                    reason: batch services scale by hand (OPS-42)
                    until: 2027-03-31
                fail-on: warning
                params:
                  Stage: prod
                """);
        Files.writeString(repo.resolve("team/rules.yaml"), "extends: base.yaml\nrules:\n  HR101: error\n");
        Files.writeString(repo.resolve("team/base.yaml"), "rules:\n  HR102: warning\n");
        CliTest.Run r = run("config", repo.resolve("team/stacks").toString());
        assertEquals(0, r.code(), r.err());
        String team = repo.resolve("team").toString();
        assertEquals("# effective configuration for " + team + "/stacks\n"
                + "# config file: " + team + "/.headroom.yaml\n"
                + "# rule set: " + team + "/rules.yaml, extends " + team + "/base.yaml\n"
                + "# not set: baseline, stage, region, prices, traffic\n"
                + "ruleset: " + team + "/rules.yaml\n"
                + "rules:\n"
                + "  HR101: error\n"
                + "  HR102:\n"
                + "    level: warning\n"
                + "    threshold: 600\n"
                + "    managedInstancesThreshold: 4320\n"
                + "exclude:\n"
                + "  - legacy\n"
                + "ignore:\n"
                + "  - paths:\n"
                + "      - batch/**\n"
                + "    rules:\n"
                + "      - HR2\n"
                + "    reason: batch services scale by hand (OPS-42)\n"
                + "    until: 2027-03-31\n"
                + "fail-on: warning\n"
                + "params:\n"
                + "  Stage: prod\n"
                + "as-of: today\n", r.out());
    }

    @Test
    void withoutAFileItSaysSoAndShowsTheDefaults() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        CliTest.Run r = run("config", repo.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("# effective configuration for " + repo + "\n# config file: none (no "
                + ".headroom.yaml or .headroom.yml from " + repo + " up to the top of the git work tree)\n"
                + "# rule set: default (bundled)\n"), r.out());
        assertTrue(r.out().contains("\nfail-on: error\n"), r.out());
        CliTest.Run none = run("config", repo.toString(), "--no-config");
        assertTrue(none.out().contains("# config file: none (--no-config)\n"), none.out());
    }

    @Test
    void aBadConfigIsAUsageError() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Path cfg = Files.writeString(repo.resolve(".headroom.yml"), "ruleset: default\nextends: strict\n");
        CliTest.Run r = run("config", repo.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("headroom: " + cfg + ":2:1: unknown key 'extends'"), r.err());
    }
}
