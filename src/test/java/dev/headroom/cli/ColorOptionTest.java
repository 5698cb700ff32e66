package dev.headroom.cli;

import org.junit.jupiter.api.Test;

import static dev.headroom.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --color auto|always|never}; {@code --no-color} stays as the alias of never. */
class ColorOptionTest {

    private static final String FILE = "src/test/resources/fixtures/sam/transform-list.yaml";

    @Test
    void alwaysNeverAndTheAlias() {
        assertTrue(run("scan", FILE, "--color", "always").out().contains("\u001b["), "always: escape codes");
        assertFalse(run("scan", FILE, "--color", "never").out().contains("\u001b["));
        assertFalse(run("scan", FILE, "--no-color").out().contains("\u001b["));
        assertFalse(run("scan", FILE, "--color", "always", "--no-color").out().contains("\u001b["), "--no-color wins");
        assertFalse(run("scan", FILE).out().contains("\u001b["), "auto: not a terminal, no colour");
        assertFalse(run("scan", FILE, "--color", "always", "--format", "json").out().contains("\u001b["),
                "only text is coloured");
    }

    @Test
    void aBadValueIsAUsageError() {
        CliTest.Run r = run("scan", FILE, "--color", "sometimes");
        assertEquals(2, r.code());
        assertEquals("headroom: --color: expected auto, always or never, got 'sometimes'\n", r.err());
    }
}
