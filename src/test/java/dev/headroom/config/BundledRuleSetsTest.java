package dev.headroom.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled rule sets read without Jackson are exactly what the strict binding makes of them. */
class BundledRuleSetsTest {

    private static String text(String name) throws IOException {
        try (InputStream in = RuleSet.class.getResourceAsStream("/rulesets/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "strict"})
    void readsWhatTheStrictBindingReads(String name) throws Exception {
        String text = text(name);
        RuleSet.RuleSetFile direct = BundledRuleSets.read(name, text).value();
        RuleSet.RuleSetFile bound = StrictYaml.bind(name, text, RuleSet.RuleSetFile.class).value();
        assertEquals(bound, direct);
        assertFalse(direct.rules().isEmpty(), "the comparison covers rule entries");
    }

    @Test
    void listParametersAreCommaSeparatedAsTheBindingHasThem() throws Exception {
        RuleEntries.Entry hr105 = BundledRuleSets.read("default", text("default")).value().rules().entries().get("HR105");
        assertEquals("java.*,dotnet.*", hr105.params().get("runtimes"));
    }

    @Test
    void anythingUnexpectedIsADefectNotASilentSkip() {
        assertThrows(IllegalStateException.class, () -> BundledRuleSets.read("default", "name: x\nrulez: {}\n"));
        assertThrows(IllegalStateException.class, () -> BundledRuleSets.read("default", "rules:\n  HR999: error\n"));
        assertThrows(IllegalStateException.class, () -> BundledRuleSets.read("default", "rules:\n  HR102: {thresold: 5}\n"));
        assertThrows(IllegalStateException.class, () -> BundledRuleSets.read("default", "rules:\n  HR102: {threshold: abc}\n"));
        assertThrows(IllegalStateException.class, () -> BundledRuleSets.read("default", "rules:\n  HR101: loud\n"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BundledRuleSets.read("default", "rules:\n  HR101: [error]\n"));
        assertTrue(e.getMessage().contains("HR101"), e.getMessage());
    }
}
