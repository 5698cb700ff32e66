package dev.headroom.suppress;

import dev.headroom.config.Config;
import dev.headroom.config.IgnoreEntry;
import dev.headroom.config.RuleSet;
import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.rules.About;
import dev.headroom.rules.Finding;
import dev.headroom.rules.Severity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
     * @param file      the baseline file (the first, when configurations name several)
     * @param newCount  findings the baseline does not hold (they are reported)
     * @param held      findings the baseline holds (suppressed)
     * @param unmatched baseline entries (counted once per finding they stood for) that matched nothing
     */
    public record BaselineTally(List<Held> baselines, int newCount, int held, int unmatched) {
        public BaselineTally {
            baselines = List.copyOf(baselines);
        }
    }

    /** One baseline file of the run: what it held and how many of its entries matched nothing. */
    public record Held(Path file, int held, int unmatched) {
    }

    private final Function<String, Config> configOf;
    private final Path reportBase;
    private final boolean holdBaselines;
    private final Map<Path, Baseline> baselines = new HashMap<>();

    /**
     * @param configOf   the configuration in effect for a file: its rules (levels of HR902/HR903, and whether a
     *                   suppression's rule is active there), its {@code ignore:} entries, its as-of date and baseline
     * @param reportBase the directory report paths are relative to (a SARIF baseline's fingerprints use them)
     */
    public Suppressor(Function<String, Config> configOf, Path reportBase) {
        this(configOf, reportBase, true);
    }

    /** {@code holdBaselines} false: configured baselines hold nothing (writing a new baseline). */
    public Suppressor(Function<String, Config> configOf, Path reportBase, boolean holdBaselines) {
        this.configOf = configOf;
        this.reportBase = reportBase;
        this.holdBaselines = holdBaselines;
    }

    /**
     * @param findings the rules' findings, sorted and without duplicates
     * @param declared the suppressions and HR903 problems the scanned files declare
     * @param scanned  the files that were scanned (a config entry is judged only when it covers one of them)
     * @throws Baseline.Unusable when a configured baseline cannot be read
     */
    public Outcome apply(List<Finding> findings, Declared declared, Set<String> scanned) {
        List<Problem> problems = new ArrayList<>(declared.problems());
        List<Suppression> all = new ArrayList<>(declared.suppressions());
        all.addAll(configEntries(findings, scanned));
        List<Suppression> live = new ArrayList<>();
        for (Suppression s : all) {
            LocalDate asOf = asOf(configOf.apply(s.where().file()));
            if (s.inForce(asOf)) live.add(s);
            else problems.add(Problem.of(Annotations.INVALID, s.where(), describe(s) + " expired on "
                    + s.until().plusDays(1) + " (until " + s.until() + ", as of " + asOf
                    + "); it no longer suppresses: fix the finding or renew the suppression with a reason"));
        }

        List<Finding> work = new ArrayList<>(findings);
        for (Problem p : problems) {
            Severity level = level(p.source().file(), Annotations.INVALID);
            // No subject: the message names dates and text that change; see Identity.
            if (level != null) work.add(new Finding(Annotations.INVALID, level, p.message(), p.source(), p.related(), null, ""));
        }
        work = work.stream().distinct().sorted(Finding.ORDER).toList();

        // Per suppression, the names in it (ids, config prefixes) that suppressed something.
        Map<Suppression, Set<String>> used = new IdentityHashMap<>();
        List<Suppressed> suppressed = new ArrayList<>();
        // 1. Metadata, per element, before merging.
        List<Finding> kept = new ArrayList<>();
        List<Suppressed> byMetadata = new ArrayList<>();
        for (Finding f : work) {
            Suppression s = first(live, SuppressionKind.METADATA, f);
            if (s == null) kept.add(f);
            else {
                markUsed(used, s, f);
                byMetadata.add(new Suppressed(f, s));
            }
        }
        SharedValues shared = new SharedValues();
        kept = shared.merge(kept);
        suppressed.addAll(mergeSuppressed(byMetadata, shared));
        // 2. Comments and config entries, on what is reported.
        kept = applyWritten(kept, live, used, suppressed);
        // 3. Unused suppressions, judged only where they could have applied.
        List<Finding> unused = new ArrayList<>();
        for (Suppression s : live) {
            Severity level = level(s.where().file(), UNUSED);
            if (level == null || !judged(s, scanned)) continue;
            Set<String> usedNames = used.get(s);
            if (usedNames == null) {
                // A whole comment that did nothing: fix removes it (it knows it by About.UNUSED_COMMENT).
                unused.add(new Finding(UNUSED, level, describe(s) + " suppressed nothing; remove it",
                        s.where(), List.of(), null, s.kind().id() + " " + String.join(",", s.rules()), null,
                        s.kind() == SuppressionKind.INLINE ? About.UNUSED_COMMENT : null));
                continue;
            }
            // Part of it did its job: each name that suppressed nothing (and names a rule in force) is its own finding,
            // which fix leaves alone (the comment stays for the names that are used).
            for (String name : s.rules()) {
                if (usedNames.contains(name) || !activeName(s, name, scanned)) continue;
                unused.add(new Finding(UNUSED, level, describe(s) + ": " + name + " suppressed nothing; remove "
                        + name + " from it", s.where(), List.of(), null,
                        s.kind().id() + "[" + name + "] " + String.join(",", s.rules())));
            }
        }
        kept.addAll(applyWritten(unused, live, new IdentityHashMap<>(), suppressed));
        kept.sort(Finding.ORDER);
        // 4. The baseline holds what is left.
        List<Held> holds = new ArrayList<>();
        Map<Path, List<Finding>> byBaseline = new java.util.TreeMap<>();
        List<Finding> fresh = new ArrayList<>();
        for (Finding f : kept) {
            Path b = holdBaselines ? configOf.apply(f.source().file()).baseline() : null;
            if (b == null) fresh.add(f);
            else byBaseline.computeIfAbsent(b, k -> new ArrayList<>()).add(f);
        }
        for (Path b : baselineFiles(scanned)) {
            BaselineHold hold = new BaselineHold(baseline(b), reportBase);
            fresh.addAll(hold.apply(byBaseline.getOrDefault(b, List.of()), suppressed));
            holds.add(new Held(b, hold.held(), hold.unmatched()));
        }
        fresh.sort(Finding.ORDER);
        BaselineTally tally = holds.isEmpty() ? null : new BaselineTally(holds, fresh.size(),
                holds.stream().mapToInt(Held::held).sum(), holds.stream().mapToInt(Held::unmatched).sum());
        suppressed.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        return new Outcome(List.copyOf(fresh), List.copyOf(suppressed), tally);
    }

    /** The baselines the scanned files' configurations name, in path order. */
    private List<Path> baselineFiles(Set<String> scanned) {
        java.util.TreeSet<Path> files = new java.util.TreeSet<>();
        if (!holdBaselines) return List.of();
        for (String f : scanned) {
            Path b = configOf.apply(f).baseline();
            if (b != null) files.add(b);
        }
        return List.copyOf(files);
    }

    private Baseline baseline(Path file) {
        return baselines.computeIfAbsent(file, f -> {
            try {
                return Baseline.read(f);
            } catch (Baseline.BaselineException e) {
                throw new Baseline.Unusable(e);
            }
        });
    }

    /** The date {@code until} is compared with: the config's as-of, else HR107's asOf (fixtures pin it), else today. */
    private static LocalDate asOf(Config c) {
        if (c.asOf() != null) return c.asOf();
        RuleSet.Active hr107 = c.ruleSet().get("HR107");
        if (hr107 != null && hr107.params().get("asOf") != null) {
            LocalDate d = RuleIds.date(hr107.params().get("asOf"));
            if (d != null) return d;
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The config {@code ignore:} entries of every configuration in effect for a scanned file or a finding. */
    private List<Suppression> configEntries(List<Finding> findings, Set<String> scanned) {
        Map<Config, Boolean> configs = new IdentityHashMap<>();
        for (String f : scanned) configs.put(configOf.apply(f), true);
        for (Finding f : findings) configs.put(configOf.apply(f.source().file()), true);
        List<Suppression> out = new ArrayList<>();
        List<Config> ordered = new ArrayList<>(configs.keySet());
        ordered.sort(java.util.Comparator.comparing(c -> c.file() == null ? "" : c.file().toString()));
        for (Config c : ordered) {
            for (IgnoreEntry e : c.ignore()) {
                out.add(new Suppression(SuppressionKind.CONFIG, e.rules(), e.reason(), e.until(), e.source(),
                        new ConfigScope(c, e, configOf)));
            }
        }
        return out;
    }

    private List<Finding> applyWritten(List<Finding> findings, List<Suppression> live, Map<Suppression, Set<String>> used,
                                       List<Suppressed> suppressed) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            Suppression s = first(live, SuppressionKind.INLINE, f);
            if (s == null) s = first(live, SuppressionKind.CONFIG, f);
            if (s == null) kept.add(f);
            else {
                markUsed(used, s, f);
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

    /** Records which of {@code s}'s names suppressed {@code f}. */
    private static void markUsed(Map<Suppression, Set<String>> used, Suppression s, Finding f) {
        Set<String> names = used.computeIfAbsent(s, k -> new java.util.HashSet<>());
        for (String r : s.rules()) if (f.ruleId().startsWith(r)) names.add(r);
    }

    private static Suppression first(List<Suppression> live, SuppressionKind kind, Finding f) {
        for (Suppression s : live) if (s.kind() == kind && s.covers(f)) return s;
        return null;
    }

    /** Whether an unused suppression is reported: one of its rules is active, and (config) it covers a scanned file. */
    private boolean judged(Suppression s, Set<String> scanned) {
        if (s.scope() instanceof ConfigScope c) {
            return scanned.stream().anyMatch(f -> c.coversFile(f) && active(f, s));
        }
        String file = s.scope() instanceof Suppression.InFile in ? in.file()
                : s.scope() instanceof Suppression.OnResource r ? r.file() : s.where().file();
        return scanned.contains(file) && active(file, s);
    }

    private boolean active(String file, Suppression s) {
        return configOf.apply(file).ruleSet().active().stream().anyMatch(a -> s.names(a.meta().id()));
    }

    /** Whether one name of a partly used suppression is judged: it names a rule in force where the suppression applies. */
    private boolean activeName(Suppression s, String name, Set<String> scanned) {
        Suppression one = new Suppression(s.kind(), List.of(name), s.reason(), s.until(), s.where(), s.scope());
        return judged(one, scanned);
    }

    private Severity level(String file, String ruleId) {
        RuleSet.Active a = configOf.apply(file).ruleSet().get(ruleId);
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

    /**
     * A config entry covers files whose configuration is the entry's own (the nearest config wins) and that match
     * its {@code paths}, relative to the config's directory.
     */
    record ConfigScope(Config config, IgnoreEntry entry, Function<String, Config> configOf) implements Suppression.Scope {
        @Override
        public boolean covers(Finding f) {
            return coversFile(f.source().file());
        }

        boolean coversFile(String file) {
            return configOf.apply(file) == config && entry.appliesTo(Path.of(file));
        }
    }
}
