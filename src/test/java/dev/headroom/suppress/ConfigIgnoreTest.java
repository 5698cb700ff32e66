package dev.headroom.suppress;

import dev.headroom.config.RuleSet;
import dev.headroom.model.Source;
import dev.headroom.read.ReadOptions;
import dev.headroom.scan.ScanResult;
import dev.headroom.scan.Scanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Config {@code ignore:} entries: paths relative to the config, rule prefixes, reasons, expiry, unused. */
class ConfigIgnoreTest {

    private static final String TEMPLATE = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
                  Timeout: 901
                  MemorySize: 64
            """;

    private static ScanResult scan(Path root, List<IgnoreEntry> entries, Path... paths) throws Exception {
        SuppressOptions opts = SuppressOptions.defaults().withAsOf(LocalDate.of(2026, 11, 1)).withIgnores(entries);
        return new Scanner(RuleSet.load("default"), ReadOptions.defaults(), opts).scan(List.of(paths));
    }

    private static IgnoreEntry entry(Path base, List<String> paths, List<String> rules, String reason, String until) {
        return new IgnoreEntry(paths, rules, reason, until, base, Source.at(base.resolve(".headroom.yaml").toString(), 4, 5));
    }

    private static List<String> ids(ScanResult r) {
        return r.findings().stream().map(f -> f.ruleId() + "@" + f.source().line()).toList();
    }

    @Test
    void prefixAndGlobSuppressWithTheirReason(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("legacy/a"));
        Files.writeString(root.resolve("legacy/a/template.yaml"), TEMPLATE);
        Files.writeString(root.resolve("template.yaml"), TEMPLATE);
        ScanResult r = scan(root, List.of(entry(root, List.of("legacy"), List.of("HR1"), "legacy stack, retired in Q2", null)), root);
        assertEquals(List.of("HR101@6", "HR103@7"), ids(r)); // only the file outside legacy/
        assertEquals(2, r.suppressed().size());
        for (Suppressed s : r.suppressed()) {
            assertEquals(SuppressionKind.CONFIG, s.by().kind());
            assertEquals("legacy stack, retired in Q2", s.by().reason());
        }
    }

    @Test
    void withoutReasonOrAfterItsDateAnEntrySuppressesNothing(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("template.yaml"), TEMPLATE);
        ScanResult r = scan(root, List.of(entry(root, List.of(), List.of("HR101"), " ", null),
                entry(root, List.of(), List.of("HR103"), "sizing review", "2026-10-31")), root);
        // HR903 at the config entries (no reason; expired), the findings themselves still reported
        assertEquals(List.of("HR101@6", "HR103@7", "HR903@4", "HR903@4"), ids(r).stream().sorted().toList());
        assertEquals(0, r.suppressed().size());
    }

    @Test
    void unusedEntryIsReportedOnlyWhenItCoversAScannedFile(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("a"));
        Files.createDirectories(root.resolve("b"));
        Files.writeString(root.resolve("a/template.yaml"), TEMPLATE);
        Files.writeString(root.resolve("b/template.yaml"), TEMPLATE.replace("901", "30").replace("64", "128"));
        IgnoreEntry forB = entry(root, List.of("b/**"), List.of("HR101"), "b is a sandbox", null);
        // b/ not scanned: not judged
        assertEquals(List.of("HR101@6", "HR103@7"), ids(scan(root, List.of(forB), root.resolve("a"))));
        // b/ scanned, nothing there to suppress: HR902 at the entry
        ScanResult r = scan(root, List.of(forB), root);
        assertEquals(1, r.findings().stream().filter(f -> f.ruleId().equals("HR902")).count(), ids(r).toString());
    }
}
