package dev.headroom.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code scan}'s {@code [*]} markers and its "N fixable with `headroom fix` (M more with `headroom fix --unsafe`)"
 * count exactly what {@code fix} and {@code fix --unsafe} then fix; a CDK finding's fix is advice and counts nowhere.
 */
class FixableCountTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "^(?:\\[\\*] (\\d+) fixable with `headroom fix`(?: \\((\\d+) more with `headroom fix --unsafe`\\))?"
                    + "|(\\d+) fixable with `headroom fix --unsafe`)\\.$", Pattern.MULTILINE);
    private static final Pattern WOULD_FIX = Pattern.compile("^Would fix (\\d+) findings?", Pattern.MULTILINE);

    /** Safe and unsafe counts from a text report: {0, 0} when it names none. */
    static int[] fixable(String report) {
        Matcher m = SUMMARY.matcher(report);
        if (!m.find()) return new int[] {0, 0};
        if (m.group(3) != null) return new int[] {0, Integer.parseInt(m.group(3))};
        return new int[] {Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))};
    }

    static int wouldFix(CliTest.Run run) {
        Matcher m = WOULD_FIX.matcher(run.err());
        assertTrue(m.find(), run.err());
        return Integer.parseInt(m.group(1));
    }

    @TestFactory
    Stream<DynamicTest> scanCountsWhatFixFixes() throws IOException {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/fix"))) {
            s.filter(p -> Files.isRegularFile(p) && Files.exists(p.resolveSibling(p.getFileName() + ".fixed")))
                    .sorted().forEach(inputs::add);
        }
        assertTrue(inputs.size() >= 10, "fix fixtures: " + inputs.size());
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            CliTest.Run scan = CliTest.run("scan", "--no-config", "--color", "never", "--fail-on", "none", p.toString());
            assertEquals(0, scan.code(), scan.err());
            int[] counts = fixable(scan.out());
            assertTrue(counts[0] + counts[1] > 0, "every fix fixture has something to fix:\n" + scan.out());
            long marked = scan.out().lines().filter(l -> l.matches("^\\S+:\\d+:\\d+: HR\\d{3} .*\\): \\[\\*] .*")).count();
            assertEquals(counts[0], marked, "[*] marks the findings plain `fix` fixes\n" + scan.out());

            CliTest.Run safe = CliTest.run("fix", "--no-config", "--diff", p.toString());
            assertEquals(counts[0], wouldFix(safe), "fix: " + safe.err() + "\nscan:\n" + scan.out());
            CliTest.Run unsafe = CliTest.run("fix", "--no-config", "--diff", "--unsafe", p.toString());
            assertEquals(counts[0] + counts[1], wouldFix(unsafe), "fix --unsafe: " + unsafe.err() + "\nscan:\n" + scan.out());
        }));
    }

    @Test
    void aCdkFixIsAdviceAndNotCounted() {
        String cdk = "samples/cdk/cdk.out";
        CliTest.Run scan = CliTest.run("scan", "--no-config", "--color", "never", "--fail-on", "none", cdk);
        assertEquals(0, scan.code(), scan.err());
        assertFalse(scan.out().contains("fixable"), scan.out());
        assertFalse(scan.out().contains("[*]"), scan.out());
        CliTest.Run fix = CliTest.run("fix", "--no-config", "--diff", "--unsafe", cdk);
        assertEquals(0, wouldFix(fix), fix.err());
        assertTrue(fix.err().contains("not fixed: CDK template: the app code is its source"), fix.err());
    }
}
