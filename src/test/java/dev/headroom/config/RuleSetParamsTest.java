package dev.headroom.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parameter values are checked when a rule set loads, so that a bad one is a usage error, not a crash mid-scan. */
class RuleSetParamsTest {

    private static RuleSet parse(String yaml) throws ConfigException {
        return RuleSet.parse("test", yaml, 0);
    }

    @Test
    void validValuesLoad() throws ConfigException {
        RuleSet s = parse("extends: default\nrules:\n  HR105:\n    runtimes: ['java.*', 'python3\\.1[2-9]']\n  HR107:\n    asOf: 2026-06-30\n");
        assertEquals("java.*,python3\\.1[2-9]", s.get("HR105").params().get("runtimes"));
        assertEquals("2026-06-30", s.get("HR107").params().get("asOf"));
    }

    @Test
    void badPatternsAndDatesAreConfigErrors() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("rules:\n  HR105:\n    runtimes: \"java(\"\n"));
        assertTrue(e.getMessage().contains("HR105 parameter 'runtimes'"), e.getMessage());
        assertThrows(ConfigException.class, () -> parse("rules:\n  HR107:\n    asOf: tomorrow\n"));
        assertThrows(ConfigException.class, () -> parse("rules:\n  HR107:\n    asOf: 2026-02-30\n"));
    }

    @Test
    void strictRaisesNotesAndTurnsOnUnresolvedValues() throws ConfigException {
        RuleSet def = RuleSet.load("default");
        RuleSet strict = RuleSet.load("strict");
        assertNull(def.get("HR901"), "HR901 is off by default");
        assertEquals("warning", strict.get("HR901").level().id());
        for (RuleSet.Active a : def.active()) {
            if (a.level().id().equals("note")) {
                assertEquals("warning", strict.get(a.meta().id()).level().id(), a.meta().id() + " stays a note in strict");
            }
        }
    }

    @Test
    void withParamReplacesOneValue() throws ConfigException {
        RuleSet s = RuleSet.load("default").withParam("HR107", "asOf", "2020-01-01");
        assertEquals("2020-01-01", s.get("HR107").params().get("asOf"));
        assertEquals("today", RuleSet.load("default").get("HR107").params().get("asOf"));
    }
}
