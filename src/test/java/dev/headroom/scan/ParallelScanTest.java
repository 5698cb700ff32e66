package dev.headroom.scan;

import dev.headroom.cli.Main;
import dev.headroom.report.ReportFormat;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scan on several threads reports exactly what a scan on one thread reports, in every format. */
class ParallelScanTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The text summary ends with the scan's wall time, the one part of a report that may differ run to run. */
    private static String withoutWallTime(String text) {
        return text.replaceAll("(?m) in \\d+\\.\\d\\d s$", " in (time) s");
    }

    @Test
    void everyFormatIsByteForByteTheSameOnOneThreadAndOnMany() {
        for (String ruleset : List.of("default", "strict")) {
            for (ReportFormat format : ReportFormat.values()) {
                List<String> args = new ArrayList<>(List.of("scan", "src/test/resources/fixtures", "samples",
                        "--format", format.id(), "--ruleset", ruleset, "--as-of", "2026-11-01"));
                List<String> sequential = new ArrayList<>(args);
                sequential.addAll(List.of("--jobs", "1"));
                List<String> parallel = new ArrayList<>(args);
                parallel.addAll(List.of("--jobs", "4"));
                Run one = run(sequential);
                Run many = run(parallel);
                String label = format.id() + " with " + ruleset;
                assertEquals(1, one.code(), label + ": the fixtures have errors; " + one.err());
                assertTrue(one.out().length() > 1000, label + ": a report with findings: " + one.out());
                assertEquals(one.code(), many.code(), label);
                assertEquals(one.err(), many.err(), label);
                String expected = format == ReportFormat.TEXT ? withoutWallTime(one.out()) : one.out();
                String actual = format == ReportFormat.TEXT ? withoutWallTime(many.out()) : many.out();
                assertEquals(expected, actual, label);
            }
        }
    }

    @Test
    void resultsComeBackInInputOrderFromSeveralThreads() {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 32; i++) items.add(i);
        Thread caller = Thread.currentThread();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        // Early items take longest, so they finish last when several threads share the work.
        List<Integer> out = InOrder.map(items, i -> {
            threads.add(Thread.currentThread());
            sleep(32 - i);
            return i * 10;
        }, 4);
        List<Integer> expected = items.stream().map(i -> i * 10).toList();
        assertEquals(expected, out);
        assertTrue(threads.size() > 1, "work shared by several threads: " + threads);
        assertFalse(threads.contains(caller), "not run on the calling thread");
    }

    @Test
    void oneThreadRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Boolean> onCaller = InOrder.map(List.of(1, 2, 3), i -> Thread.currentThread() == caller, 1);
        assertEquals(List.of(true, true, true), onCaller);
    }

    @Test
    void anExceptionOnAWorkerReachesTheCaller() {
        RuntimeException boom = new IllegalStateException("boom");
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> InOrder.map(List.of(1, 2, 3, 4), i -> {
                    if (i == 3) throw boom;
                    return i;
                }, 2));
        assertEquals("boom", thrown.getMessage());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
