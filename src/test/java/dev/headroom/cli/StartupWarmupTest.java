package dev.headroom.cli;

import dev.headroom.config.RuleSet;
import org.junit.jupiter.api.Test;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only a scan starts the second thread; the bundled rule set it reads is the one every later load gets. */
class StartupWarmupTest {

    @Test
    void onlyAScanStartsIt() {
        assertNull(StartupWarmup.startFor(new String[0]));
        assertNull(StartupWarmup.startFor(new String[] {"rules"}));
        assertNull(StartupWarmup.startFor(new String[] {"--help"}));
        assertNull(StartupWarmup.startFor(new String[] {"help", "scan"}));
    }

    @Test
    void theRuleSetItReadsIsTheOneTheScanGets() throws Exception {
        Thread t = StartupWarmup.startFor(new String[] {"scan", "x.yaml"});
        assertNotNull(t);
        assertTrue(t.isDaemon(), "never holds the JVM at exit");
        t.join(60_000);
        assertFalse(t.isAlive());
        RuleSet first = RuleSet.load("default");
        assertSame(first, RuleSet.load("default"));
        assertEquals("default", first.name());
        assertTrue(first.active().size() > 20, first.active().toString());
    }

    @Test
    void concurrentLoadsOfABundledSetGetOneReading() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<RuleSet> strict = () -> RuleSet.load("strict");
            java.util.List<Future<RuleSet>> all = pool.invokeAll(java.util.List.of(strict, strict, strict, strict));
            for (Future<RuleSet> f : all) assertSame(all.get(0).get(), f.get());
            assertSame(RuleSet.load("default"), RuleSet.load("default"));
        } finally {
            pool.shutdownNow();
        }
    }
}
