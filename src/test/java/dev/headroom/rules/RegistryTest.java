package dev.headroom.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry lists every rule once, in id order (reports and docs rely on it), and finds rules by id or name. */
class RegistryTest {

    @Test
    void rulesAreInIdOrder() {
        List<String> ids = new ArrayList<>();
        for (Rule r : Registry.all()) ids.add(r.meta().id());
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(sorted, ids);
        assertTrue(ids.size() >= 30, ids.toString());
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "each id once");
    }

    @Test
    void lookupTakesAnIdInAnyCaseOrAName() {
        for (Rule r : Registry.all()) {
            assertSame(r, Registry.lookup(r.meta().id()));
            assertSame(r, Registry.lookup(r.meta().id().toLowerCase(java.util.Locale.ROOT)));
            assertSame(r, Registry.lookup(r.meta().name()));
            assertSame(r, Registry.byId(r.meta().id()));
        }
        assertNull(Registry.lookup("no-such-rule"));
        assertNull(Registry.byId("HR999"));
    }
}
