package dev.headroom.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.headroom.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Config files and rule sets are bound strictly: every mistake is a usage error (exit 2) with its file, line and
 * column, one line on stderr, nothing on stdout, and a suggestion when a known word is close.
 */
class StrictConfigTest {

    @TempDir
    Path dir;

    private static final String TEMPLATE = ConfigFileTest.TEMPLATE;

    /** Runs {@code scan} with the rule set text; returns stderr after checking exit 2 and an empty stdout. */
    private String rulesetError(String yaml) throws Exception {
        Path set = Files.writeString(dir.resolve("set.yaml"), yaml);
        Path t = Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        CliTest.Run r = run("scan", t.toString(), "--no-config", "--ruleset", set.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        return r.err().replace(set.toString(), "set.yaml");
    }

    private String configError(String yaml) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path cfg = Files.writeString(dir.resolve(".headroom.yaml"), yaml);
        Path t = Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        CliTest.Run r = run("scan", t.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        return r.err().replace(cfg.toString(), ".headroom.yaml");
    }

    @Test
    void aTypoForExtendsNeverSwitchesRulesOff() throws Exception {
        // Before strict binding this rule set activated nothing, and every scan exited 0.
        assertEquals("headroom: set.yaml:1:1: unknown key 'extend'; did you mean 'extends'? "
                + "(known keys: cdkInternal, extends, name, rules)\n", rulesetError("extend: default\n"));
    }

    @Test
    void aRuleSetThatActivatesNothingIsAnError() throws Exception {
        assertEquals("headroom: set.yaml:1:1: the rule set activates no rule; start it with 'extends: default' "
                + "or list rules under 'rules:'\n", rulesetError("name: mine\nrules: {}\n"));
        assertEquals("headroom: set.yaml:1:1: the rule set is empty, so it would switch every rule off; start it "
                + "with 'extends: default' or list rules under 'rules:'\n", rulesetError("# nothing\n"));
    }

    @Test
    void unknownRuleIdAtItsLine() throws Exception {
        assertEquals("headroom: set.yaml:4:3: rules: unknown rule 'HR1022'; did you mean 'HR102'? (see 'headroom rules')\n",
                rulesetError("extends: default\nrules:\n  HR101: error\n  HR1022: warning\n"));
    }

    @Test
    void unknownParameterWithSuggestion() throws Exception {
        assertEquals("headroom: set.yaml:5:5: HR102 has no parameter 'treshold'; did you mean 'threshold'? "
                        + "(known: level, threshold, managedInstancesThreshold)\n",
                rulesetError("extends: default\nrules:\n  HR102:\n    level: warning\n    treshold: 600\n"));
    }

    @Test
    void wrongTypes() throws Exception {
        assertEquals("headroom: set.yaml:4:16: HR102 parameter 'threshold' must be a number, got 'soon'\n",
                rulesetError("extends: default\nrules:\n  HR102:\n    threshold: soon\n"));
        assertEquals("headroom: set.yaml:2:8: rules: expected a mapping of rule ids to a level or settings, got a list\n",
                rulesetError("extends: default\nrules: [HR101]\n"));
        assertEquals("headroom: .headroom.yaml:2:10: exclude[0]: expected a string, got a mapping\n",
                configError("stage: prod\nexclude: {a: 1}\n"));
        assertEquals("headroom: .headroom.yaml:1:8: stage: expected a string, got a list\n", configError("stage: [a, b]\n"));
    }

    @Test
    void badLevel() throws Exception {
        assertEquals("headroom: set.yaml:3:10: HR102: unknown level 'warn'; did you mean 'warning'? "
                + "(expected error, warning, note or off)\n", rulesetError("extends: default\nrules:\n  HR102: warn\n"));
        assertEquals("headroom: .headroom.yaml:3:12: HR101: unknown level 'fatal' (expected error, warning, note or off)\n",
                configError("rules:\n  HR101:\n    level: fatal\n"));
    }

    @Test
    void configKeysAreCheckedToo() throws Exception {
        assertEquals("headroom: .headroom.yaml:1:1: unknown key 'failOn'; did you mean 'fail-on'? (known keys: as-of, "
                        + "baseline, exclude, fail-on, ignore, params, prices, region, rules, ruleset, stage, traffic)\n",
                configError("failOn: warning\n"));
        assertEquals("headroom: .headroom.yaml:1:10: fail-on: expected error, warning, note or none, got 'warnings'; "
                + "did you mean 'warning'?\n", configError("fail-on: warnings\n"));
        assertEquals("headroom: .headroom.yaml:1:8: as-of: expected a date YYYY-MM-DD, got '2026-13-01'\n",
                configError("as-of: 2026-13-01\n"));
        assertEquals("headroom: .headroom.yaml:1:10: ruleset: rule set 'strikt' is neither default, strict nor a "
                + "readable file (looked for " + dir.resolve("strikt") + ")\n", configError("ruleset: strikt\n"));
        assertEquals("headroom: .headroom.yaml:2:1: duplicate key 'stage' (first at line 1)\n",
                configError("stage: a\nstage: b\n"));
    }

    @Test
    void ignoreEntriesAreBoundAndChecked() throws Exception {
        assertEquals("headroom: .headroom.yaml:4:5: ignore[0]: unknown key 'reson'; did you mean 'reason'? "
                + "(known keys: paths, reason, rules, until)\n",
                configError("ignore:\n  - paths: [legacy/**]\n    rules: HR1\n    reson: migrating\n"));
        assertEquals("headroom: .headroom.yaml:2:5: ignore: an entry needs a 'reason': why these findings are accepted\n",
                configError("ignore:\n  - paths: [legacy/**]\n    rules: HR1\n"));
        assertEquals("headroom: .headroom.yaml:3:13: ignore: unknown rule 'HR7' (a rule id, or a prefix such as HR2)\n",
                configError("ignore:\n  - paths: [a]\n    rules: [HR7]\n    reason: x\n"));
        assertEquals("headroom: .headroom.yaml:5:12: ignore: expected a date YYYY-MM-DD, got 'soon'\n",
                configError("ignore:\n  - paths: [a]\n    rules: HR102\n    reason: x\n    until: soon\n"));
    }

    @Test
    void deepNestingIsAUsageErrorNotAStackOverflow() throws Exception {
        String deep = "[".repeat(2000) + "]".repeat(2000);
        // The positioned tree refuses the nesting before Jackson could recurse into it (today at 1:1, "too deep").
        String set = rulesetError("extends: default\nname: " + deep + "\n");
        assertTrue(set.startsWith("headroom: set.yaml:") && set.contains("deep") && set.lines().count() == 1, set);
        String cfg = configError("stage: x\nparams:\n" + deepBlock(2000));
        assertTrue(cfg.startsWith("headroom: .headroom.yaml:") && cfg.contains("deep") && cfg.lines().count() == 1, cfg);
    }

    private static String deepBlock(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) b.append("  ".repeat(i + 1)).append("k:\n");
        return b.append("  ".repeat(depth + 1)).append("v\n").toString();
    }

    @Test
    void optionsOnTheCommandLineAreNamed() throws Exception {
        Path t = Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        CliTest.Run r = run("scan", t.toString(), "--no-config", "--fail-on", "fatal");
        assertEquals(2, r.code());
        assertEquals("headroom: --fail-on: expected error, warning, note or none, got 'fatal'\n", r.err());
    }
}
