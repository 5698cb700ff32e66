package dev.headroom.fix.plan;

import dev.headroom.config.ConfigException;
import dev.headroom.config.ConfigResolver;
import dev.headroom.config.RuleSet;
import dev.headroom.discover.FormatDetector;
import dev.headroom.fix.Edit;
import dev.headroom.fix.Fix;
import dev.headroom.model.InputFormat;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.read.Readers;
import dev.headroom.rules.Finding;
import dev.headroom.scan.ScanResult;
import dev.headroom.scan.Scanner;
import dev.headroom.tree.Document;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.Parsers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code headroom fix}: scans, then fixes each file on its own, in memory. Per round it applies every fix that
 * does not overlap one already taken, re-reads the new text, re-runs the rules, and checks that the text still
 * parses as the same kind of template and that the fixed findings are gone; fixes that overlapped are planned
 * again on the new text in the next round, for findings the scan reported (so never one a suppression hides). A file is written (atomically) only when every round passed: all its
 * edits, or none.
 */
public final class FixRunner {

    static final int MAX_ROUNDS = 10;

    /**
     * What happened to one file.
     *
     * @param clearedFindings findings whose own fix was not applied (it overlapped another) but that the applied
     *                        fixes removed too (HR201's swap of two cooldowns also settles HR202 on the same one)
     * @param rounds          the edits of each round, each on the text the round started from
     * @param failure         why the file was left untouched, or null
     */
    public record FileResult(String file, String original, String fixed, List<Finding> fixedFindings,
                             List<Finding> clearedFindings, List<List<Edit>> rounds, String failure) {
        public boolean changed() {
            return failure == null && !original.equals(fixed);
        }
    }

    /** The scan before fixing, and every file that had something to fix. */
    public record Result(ScanResult scan, List<FileResult> files) {
    }

    private final ConfigResolver configs;
    private final boolean unsafe;

    /** Each file with the configuration that applies to it, as {@code scan} reads it. */
    public FixRunner(ConfigResolver configs, boolean unsafe) {
        this.configs = configs;
        this.unsafe = unsafe;
    }

    /** One rule set and read options for every file. */
    public FixRunner(RuleSet rules, ReadOptions options, boolean unsafe) {
        this(ConfigResolver.fixed(rules, options), unsafe);
    }

    /** Plans and checks the fixes of {@code paths}; writes nothing. */
    public Result plan(List<Path> paths) throws IOException {
        ScanResult scan = new Scanner(configs, Runtime.getRuntime().availableProcessors())
                .withFixes(FixPlanner.fromDisk()).scan(paths);
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : scan.findings()) {
            if (f.fix() != null && f.fix().applies(unsafe)) {
                byFile.computeIfAbsent(f.fix().edits().get(0).file(), k -> new ArrayList<>()).add(f);
            }
        }
        List<FileResult> files = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) files.add(fixFile(e.getKey(), e.getValue()));
        return new Result(scan, files);
    }

    /** Writes each changed file atomically (a temporary file beside it, then a move), keeping a BOM it had. */
    public static void write(FileResult r) throws IOException {
        Path path = Path.of(r.file()).toRealPath();
        byte[] old = Files.readAllBytes(path);
        boolean bom = old.length >= 3 && (old[0] & 0xff) == 0xEF && (old[1] & 0xff) == 0xBB && (old[2] & 0xff) == 0xBF;
        byte[] body = r.fixed().getBytes(StandardCharsets.UTF_8);
        Path tmp = Files.createTempFile(path.getParent(), "." + path.getFileName() + ".", ".fix");
        try {
            if (bom) {
                Files.write(tmp, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                Files.write(tmp, body, java.nio.file.StandardOpenOption.APPEND);
            } else {
                Files.write(tmp, body);
            }
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
                Files.setPosixFilePermissions(tmp, perms);
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the temporary file keeps the default permissions
            }
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private FileResult fixFile(String file, List<Finding> first) {
        String original;
        try {
            original = Parsers.readText(Path.of(file));
        } catch (ParseException e) {
            return new FileResult(file, "", "", List.of(), List.of(), List.of(), "cannot read it again: " + e.getMessage());
        }
        InputFormat format;
        try {
            format = FormatDetector.detect(Parsers.parse(file, original).root(), file);
        } catch (ParseException e) {
            return new FileResult(file, original, original, List.of(), List.of(), List.of(), "it no longer parses: " + e.getMessage());
        }
        String text = original;
        List<Finding> pending = first;
        // Later rounds fix only what the scan reported (after suppressions), never a finding a fix uncovered.
        Set<String> reported = new HashSet<>();
        for (Finding f : first) reported.add(key(f));
        List<Finding> fixed = new ArrayList<>();
        List<Finding> cleared = new ArrayList<>();
        List<List<Edit>> rounds = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Edit> edits = new ArrayList<>();
            List<Finding> taken = new ArrayList<>();
            List<Finding> waiting = new ArrayList<>();
            for (Finding f : pending) {
                if (f.fix() == null || !f.fix().applies(unsafe) || !inFile(f.fix(), file) || !reported.contains(key(f))) continue;
                if (fits(f.fix().edits(), edits)) {
                    for (Edit e : f.fix().edits()) if (!edits.contains(e)) edits.add(e);
                    taken.add(f);
                } else {
                    waiting.add(f);
                }
            }
            if (taken.isEmpty()) break;
            edits.sort(null);
            String next = apply(text, edits);
            List<Finding> after;
            try {
                after = scanText(file, next, format);
            } catch (Failure e) {
                return new FileResult(file, original, original, List.of(), List.of(), List.of(), e.getMessage());
            }
            Set<String> remaining = new HashSet<>();
            for (Finding f : after) remaining.add(key(f));
            for (Finding f : taken) {
                if (remaining.contains(key(f))) {
                    return new FileResult(file, original, original, List.of(), List.of(), List.of(), f.ruleId()
                            + " is still reported after its fix (" + f.fix().description() + "); nothing was changed");
                }
            }
            fixed.addAll(taken);
            for (Finding f : waiting) if (!remaining.contains(key(f))) cleared.add(f);
            rounds.add(List.copyOf(edits));
            text = next;
            pending = after;
        }
        return new FileResult(file, original, text, fixed, cleared, rounds, null);
    }

    private static boolean inFile(Fix fix, String file) {
        return fix.edits().stream().allMatch(e -> e.file().equals(file));
    }

    /** True when every edit is one already taken or overlaps none of them. */
    private static boolean fits(List<Edit> candidate, List<Edit> taken) {
        for (Edit e : candidate) {
            if (taken.contains(e)) continue;
            for (Edit t : taken) if (e.overlaps(t)) return false;
        }
        return true;
    }

    /** Applies sorted, non-overlapping edits. */
    public static String apply(String text, List<Edit> sorted) {
        StringBuilder b = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Edit e : sorted) {
            b.append(text, at, e.start()).append(e.text());
            at = e.end();
        }
        return b.append(text, at, text.length()).toString();
    }

    /** A finding's identity across edits of its file: its line may move, its subject does not. */
    static String key(Finding f) {
        return f.ruleId() + "|" + f.source().file() + "|" + (f.origin() == null ? "" : f.origin().logicalId()) + "|" + f.subject();
    }

    private static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    /** The findings of {@code text} as the file's new content, with fixes planned on it. */
    private List<Finding> scanText(String file, String text, InputFormat format) throws Failure {
        Document doc;
        try {
            doc = Parsers.parse(file, text);
        } catch (ParseException e) {
            throw new Failure("the fixed text does not parse (" + e.getMessage() + "); nothing was changed");
        }
        InputFormat now = FormatDetector.detect(doc.root(), file);
        if (now != format) throw new Failure("the fixed text is no longer read as " + format + "; nothing was changed");
        Scanner scanner = new Scanner(configs, 1)
                .withFixes(new FixPlanner(f -> f.equals(file) ? text : Parsers.readText(Path.of(f))));
        List<Finding> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        ReadOptions options;
        try {
            options = configs.forPath(Path.of(file)).readOptions();
        } catch (ConfigException e) {
            throw new Failure("its configuration cannot be read: " + e.getMessage());
        }
        for (Stack stack : Readers.read(doc, format, options)) scanner.check(stack, out, errors);
        if (!errors.isEmpty()) throw new Failure("checking the fixed text failed: " + errors.get(0) + "; nothing was changed");
        out.sort(Finding.ORDER);
        return out;
    }
}
