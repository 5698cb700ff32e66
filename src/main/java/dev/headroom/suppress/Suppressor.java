package dev.headroom.suppress;

import dev.headroom.config.RuleSet;
import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.rules.Finding;
import dev.headroom.rules.Severity;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filter step of a scan: applies every suppression to the rules' findings, merges findings that share one
 * value, and reports the suppressions that are invalid (HR903), expired (HR903) or unused (HR902).
 *
 * <p>Order matters: a resource's Metadata removes that resource from a shared value's finding before findings are
 * merged; comments and config entries then apply to what is reported; the baseline holds only what is left, so
 * a finding that a comment accepts never counts against the baseline.
 */
public final class Suppressor {

    public static final String UNUSED = "HR902";

    /** What the filter leaves: findings to report, findings suppressed (with by what), and the baseline's tally. */
    public record Outcome(List<Finding> findings, List<Suppressed> suppressed, BaselineTally baseline) {
    }

    /**
     * How the findings compare with a baseline.
     *
     * @param file      the baseline file
     * @param newCount  findings the baseline does not hold (they are reported)
     * @param held      findings the baseline holds (suppressed)
     * @param unmatched baseline entries (counted once per finding they stood for) that matched nothing
     */
    public record BaselineTally(Path file, int newCount, int held, int unmatched) {
    }

    private final RuleSet ruleSet;
    private final SuppressOptions options;

    public Suppressor(RuleSet ruleSet, SuppressOptions options) {
        this.ruleSet = ruleSet;
        this.options = options;
    }

    /**
     * @param findings the rules' findings, sorted and without duplicates
     * @param declared the suppressions and HR903 problems the scanned files declare
     * @param scanned  the files that were scanned (a config entry is judged only when it covers one of them)
     */
    public Outcome apply(List<Finding> findings, Declared declared, Set<String> scanned) {
        List<Problem> problems = new ArrayList<>(declared.problems());
        List<Suppression> all = new ArrayList<>();
        for (Suppression s : declared.suppressions()) all.add(s);
        List<PathScope> configScopes = new ArrayList<>();
        for (IgnoreEntry e : options.ignores()) {
            Suppression s = config(e, problems);
            if (s != null) {
                all.add(s);
                configScopes.add((PathScope) s.scope());
            }
        }
        List<Suppression> live = new ArrayList<>();
        for (Suppression s : all) {
            if (s.inForce(options.asOf())) live.add(s);
            else problems.add(Problem.of(Annotations.INVALID, s.where(), describe(s) + " expired on "
                    + s.until().plusDays(1) + " (until " + s.until() + ", as of " + options.asOf()
                    + "); it no longer suppresses: fix the finding or renew the suppression with a reason"));
        }

        List<Finding> work = new ArrayList<>(findings);
        Severity invalidLevel = level(Annotations.INVALID);
        if (invalidLevel != null) {
            for (Problem p : problems) {
                work.add(new Finding(Annotations.INVALID, invalidLevel, p.message(), p.source(), p.related(), null, p.message()));
            }
            work = work.stream().distinct().sorted(Finding.ORDER).toList();
        }

        Map<Suppression, Boolean> used = new IdentityHashMap<>();
        List<Suppressed> suppressed = new ArrayList<>();
        // 1. Metadata, per element, before merging.
        List<Finding> kept = new ArrayList<>();
        List<Suppressed> byMetadata = new ArrayList<>();
        for (Finding f : work) {
            Suppression s = first(live, SuppressionKind.METADATA, f);
            if (s == null) kept.add(f);
            else {
                used.put(s, true);
                byMetadata.add(new Suppressed(f, s));
            }
        }
        SharedValues shared = new SharedValues();
        kept = shared.merge(kept);
        suppressed.addAll(mergeSuppressed(byMetadata, shared));
        // 2. Comments and config entries, on what is reported.
        kept = applyWritten(kept, live, used, suppressed);
        // 3. Unused suppressions, judged only where they could have applied.
        Severity unusedLevel = level(UNUSED);
        if (unusedLevel != null) {
            List<Finding> unused = new ArrayList<>();
            for (Suppression s : live) {
                if (used.containsKey(s) || !judged(s, scanned)) continue;
                unused.add(new Finding(UNUSED, unusedLevel, describe(s) + " suppressed nothing; remove it",
                        s.where(), List.of(), null, s.kind().id() + " " + String.join(",", s.rules())));
            }
            kept.addAll(applyWritten(unused, live, new IdentityHashMap<>(), suppressed));
            kept.sort(Finding.ORDER);
        }
        // 4. The baseline holds what is left.
        BaselineTally tally = null;
        if (options.baseline() != null) {
            BaselineHold hold = new BaselineHold(options.baseline(), options.baseDir());
            kept = hold.apply(kept, suppressed);
            tally = new BaselineTally(options.baseline().file(), kept.size(), hold.held(), hold.unmatched());
        }
        suppressed.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        return new Outcome(List.copyOf(kept), List.copyOf(suppressed), tally);
    }

    private List<Finding> applyWritten(List<Finding> findings, List<Suppression> live, Map<Suppression, Boolean> used,
                                       List<Suppressed> suppressed) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            Suppression s = first(live, SuppressionKind.INLINE, f);
            if (s == null) s = first(live, SuppressionKind.CONFIG, f);
            if (s == null) kept.add(f);
            else {
                used.put(s, true);
                suppressed.add(new Suppressed(f, s));
            }
        }
        return kept;
    }

    /** Metadata-suppressed findings of one shared value become one suppressed finding too. */
    private static List<Suppressed> mergeSuppressed(List<Suppressed> list, SharedValues shared) {
        if (list.size() < 2) return list;
        Map<Finding, Suppression> by = new HashMap<>();
        for (Suppressed s : list) by.put(s.finding(), s.by());
        List<Suppressed> out = new ArrayList<>();
        for (Finding f : shared.merge(list.stream().map(Suppressed::finding).toList())) {
            Suppression s = by.get(f);
            out.add(new Suppressed(f, s != null ? s : list.stream().filter(x -> x.finding().source().equals(f.source())
                    && x.finding().ruleId().equals(f.ruleId())).findFirst().orElseThrow().by()));
        }
        return out;
    }

    private static Suppression first(List<Suppression> live, SuppressionKind kind, Finding f) {
        for (Suppression s : live) if (s.kind() == kind && s.covers(f)) return s;
        return null;
    }

    /** Whether an unused suppression is reported: one of its rules is active, and (config) it covers a scanned file. */
    private boolean judged(Suppression s, Set<String> scanned) {
        boolean active = ruleSet.active().stream().anyMatch(a -> s.names(a.meta().id()));
        if (!active) return false;
        if (s.scope() instanceof PathScope p) return scanned.stream().anyMatch(p::coversFile);
        if (s.scope() instanceof Suppression.InFile in) return scanned.contains(in.file());
        if (s.scope() instanceof Suppression.OnResource r) return scanned.contains(r.file());
        return true;
    }

    private Severity level(String ruleId) {
        RuleSet.Active a = ruleSet.get(ruleId);
        return a == null ? null : a.level();
    }

    private static String describe(Suppression s) {
        String rules = String.join(", ", s.rules());
        return switch (s.kind()) {
            case INLINE -> s.scope() instanceof Suppression.InFile in && in.range() == null
                    ? "suppression ignore-file[" + rules + "]" : "suppression ignore[" + rules + "]";
            case METADATA -> "Metadata suppression of " + rules + " on "
                    + ((Suppression.OnResource) s.scope()).logicalId();
            case CONFIG -> "config ignore entry for " + rules;
            case BASELINE -> "baseline entry for " + rules;
        };
    }

    // ---- config entries

    private static Suppression config(IgnoreEntry e, List<Problem> problems) {
        String what = "config ignore entry";
        if (e.reason() == null || e.reason().isBlank()) {
            problems.add(Problem.of(Annotations.INVALID, e.where(), what + " has no reason; without one it suppresses nothing"));
            return null;
        }
        if (e.rules().isEmpty()) {
            problems.add(Problem.of(Annotations.INVALID, e.where(), what + " names no rule; it suppresses nothing"));
            return null;
        }
        LocalDate until = null;
        if (e.until() != null) {
            until = RuleIds.date(e.until());
            if (until == null) {
                problems.add(Problem.of(Annotations.INVALID, e.where(), what + ": until '" + e.until()
                        + "' is not a date YYYY-MM-DD; it suppresses nothing"));
                return null;
            }
        }
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : e.paths()) matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        return new Suppression(SuppressionKind.CONFIG, e.rules(), e.reason().strip(), until, e.where(),
                new PathScope(e.base(), matchers));
    }

    /** Files that match one of a config entry's globs (or every file), relative to the config's directory. */
    record PathScope(Path base, List<PathMatcher> globs) implements Suppression.Scope {
        @Override
        public boolean covers(Finding f) {
            return coversFile(f.source().file());
        }

        boolean coversFile(String file) {
            if (globs.isEmpty()) return true;
            Path abs = Path.of(file).toAbsolutePath().normalize();
            Path b = base.toAbsolutePath().normalize();
            if (!abs.startsWith(b)) return false;
            // A glob naming a directory covers what is under it.
            for (Path p = b.relativize(abs); p != null; p = p.getParent()) {
                for (PathMatcher m : globs) if (m.matches(p)) return true;
            }
            return false;
        }
    }
}
