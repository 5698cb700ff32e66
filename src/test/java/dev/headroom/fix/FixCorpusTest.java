package dev.headroom.fix;

import dev.headroom.config.RuleSet;
import dev.headroom.fix.plan.FixRunner;
import dev.headroom.read.ReadOptions;
import dev.headroom.rules.Finding;
import dev.headroom.scan.ScanResult;
import dev.headroom.scan.Scanner;
import dev.headroom.tree.Parsers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The property test of {@code headroom fix} over the shared corpus: {@code fix --unsafe} on a copy of every corpus
 * file (in a temporary directory) leaves every file parseable, leaves no fixed finding behind, and changes no byte
 * outside the spans the fixes reported. The spans are checked independently of the fix code: the test turns each
 * reported line and column into an offset itself, applies the reported texts, and compares with the bytes on disk;
 * every file without a fix must be byte-identical to the original. Prints the figures for the closing notes.
 */
class FixCorpusTest {

    @TempDir
    Path tmp;

    @Test
    void fixUnsafeOnACopyOfTheCorpusKeepsEveryFileReadableAndChangesOnlyTheReportedSpans() throws Exception {
        Path corpus = Path.of(System.getProperty("headroom.corpus", "../shared/corpus"));
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
        Path copy = tmp.resolve("corpus");
        copyTree(corpus, copy);

        RuleSet rules = RuleSet.load("strict");
        FixRunner.Result result = new FixRunner(rules, ReadOptions.defaults(), true).plan(List.of(copy));
        assertEquals(List.of(), result.scan().internalErrors(), "internal errors");

        Map<String, Integer> fixedByRule = new TreeMap<>();
        Map<String, Integer> refusedByReason = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Set<String> fixedKeys = new HashSet<>();
        Set<Path> changed = new HashSet<>();
        int rounds = 0;
        int edits = 0;
        for (FixRunner.FileResult f : result.files()) {
            if (f.failure() != null) {
                failures.add(f.file() + ": " + f.failure());
                continue;
            }
            if (!f.changed()) continue;
            FixRunner.write(f);
            changed.add(Path.of(f.file()).toAbsolutePath().normalize());
            rounds = Math.max(rounds, f.rounds().size());
            for (Finding x : f.fixedFindings()) {
                fixedByRule.merge(x.ruleId(), 1, Integer::sum);
                fixedKeys.add(key(x));
            }
            // Only the reported spans changed: replay the reported edits (lines and columns) on the original text.
            String text = f.original();
            for (List<Edit> round : f.rounds()) {
                text = replay(text, round, isJson(f.file(), f.original()));
                edits += round.size();
            }
            String onDisk = Files.readString(Path.of(f.file()), StandardCharsets.UTF_8);
            if (onDisk.startsWith("\uFEFF")) onDisk = onDisk.substring(1);
            assertEquals(text, onDisk, "bytes outside the reported spans changed in " + f.file());
            Parsers.parse(Path.of(f.file())); // still parses: throws otherwise
        }
        for (Finding x : result.scan().findings()) {
            if (x.fix() != null && x.fix().unavailable() != null) {
                refusedByReason.merge(x.ruleId() + ": " + category(x.fix().unavailable()), 1, Integer::sum);
            }
        }

        // Every file without a fix is untouched.
        int untouched = 0;
        try (Stream<Path> s = Files.walk(corpus)) {
            for (Path original : s.filter(Files::isRegularFile).toList()) {
                Path fixed = copy.resolve(corpus.relativize(original).toString());
                if (changed.contains(fixed.toAbsolutePath().normalize())) continue;
                if (!Arrays.equals(Files.readAllBytes(original), Files.readAllBytes(fixed))) {
                    fail("a file without a reported fix changed: " + fixed);
                }
                untouched++;
            }
        }

        // No fixed finding is reported again on the fixed copy, and nothing new breaks.
        ScanResult after = new Scanner(rules, ReadOptions.defaults()).scan(List.of(copy));
        assertEquals(List.of(), after.internalErrors(), "internal errors after fixing");
        List<String> back = new ArrayList<>();
        for (Finding x : after.findings()) if (fixedKeys.contains(key(x))) back.add(x.source() + " " + x.ruleId());
        long parseErrorsBefore = result.scan().findings().stream().filter(x -> x.ruleId().equals("HR900")).count();
        long parseErrorsAfter = after.findings().stream().filter(x -> x.ruleId().equals("HR900")).count();

        System.out.printf("fix corpus: %d files changed (%d edits, at most %d rounds), %d untouched; fixed by rule %s%n",
                changed.size(), edits, rounds, untouched, fixedByRule);
        System.out.printf("fix corpus: not fixed, by rule and reason: %s%n", refusedByReason);
        System.out.printf("fix corpus: findings %d before, %d after; HR900 %d before, %d after%n",
                result.scan().findings().size(), after.findings().size(), parseErrorsBefore, parseErrorsAfter);
        failures.forEach(x -> System.out.println("fix corpus: file left untouched: " + x));

        assertEquals(List.of(), back, "fixed findings reported again");
        assertEquals(parseErrorsBefore, parseErrorsAfter, "a fix made a file unreadable");
        assertEquals(List.of(), failures, "files whose fix failed its own check");
        assertTrue(changed.size() > 20, "files fixed: " + changed.size());
    }

    /** As the parsers choose: .json, and a .template that starts with '{'. */
    private static boolean isJson(String file, String text) {
        String name = file.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".template") && text.strip().startsWith("{");
    }

    private static String key(Finding f) {
        return f.ruleId() + "|" + f.source().file() + "|" + (f.origin() == null ? "" : f.origin().logicalId()) + "|" + f.subject();
    }

    /** The first words of a refusal, so that reasons group. */
    private static String category(String reason) {
        String r = reason.replaceAll("\\d+", "N").replaceAll("\\$\\{[^}]*}+", "\\${...}");
        int cut = r.indexOf(';');
        return cut > 0 ? r.substring(0, cut) : r.length() > 70 ? r.substring(0, 70) : r;
    }

    /**
     * Applies edits given by their lines and columns (YAML: columns in code points, line breaks as snakeyaml
     * counts them; JSON: UTF-16 columns), independently of the offsets the fix code computed.
     */
    private static String replay(String text, List<Edit> edits, boolean json) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            if (c == '\r' || c == '\n' || !json && (c == '\u0085' || c == '\u2028' || c == '\u2029')) starts.add(i + 1);
        }
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Edit e : edits) { // sorted by the runner
            int from = offset(text, starts, e.range().line(), e.range().column(), json);
            int to = offset(text, starts, e.range().endLine(), e.range().endColumn(), json);
            assertTrue(from >= at && to >= from, "edits overlap or run backwards: " + e);
            b.append(text, at, from).append(e.text());
            at = to;
        }
        return b.append(text.substring(at)).toString();
    }

    private static int offset(String text, List<Integer> starts, int line, int column, boolean json) {
        int at = line - 1 < starts.size() ? starts.get(line - 1) : text.length();
        for (int c = 1; c < column; c++) at += json ? 1 : Character.charCount(text.codePointAt(at));
        return at;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

}
