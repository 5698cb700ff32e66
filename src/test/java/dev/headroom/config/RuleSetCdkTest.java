package dev.headroom.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetCdkTest {

    @Test
    void bundledSetsCapCdkHelpersAtNote() throws Exception {
        assertEquals("note", RuleSet.load("default").cdkInternal());
        assertEquals("note", RuleSet.load("strict").cdkInternal(), "strict extends default");
    }

    @Test
    void aSetMayChangeOrDropTheCap() throws Exception {
        assertEquals("off", RuleSet.parse("t", "extends: default\ncdkInternal: off\n", 0).cdkInternal());
        assertEquals("warning", RuleSet.parse("t", "cdkInternal: warning\nrules: {HR102: warning}\n", 0).cdkInternal());
        assertNull(RuleSet.parse("t", "rules:\n  HR102: warning\n", 0).cdkInternal());
    }

    @Test
    void aWrongValueIsAOneLineConfigError() {
        ConfigException e = assertThrows(ConfigException.class, () -> RuleSet.parse("t", "cdkInternal: quiet\n", 0));
        assertEquals("t:1:14: cdkInternal: unknown severity 'quiet' (expected error, warning or note, or off)", e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}
