package dev.headroom.config;

import dev.headroom.fit.PriceBook;
import dev.headroom.fit.PriceOverrides;
import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.model.TrafficProfile;
import dev.headroom.read.Traffic;
import dev.headroom.read.ReadOptions;
import dev.headroom.rules.Registry;
import dev.headroom.rules.Rule;
import dev.headroom.rules.Severity;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration that applies to the files under one directory: the nearest {@code .headroom.yaml} (or none)
 * with the command line's options written over it, checked and turned into what the scan uses.
 *
 * @param file     the config file, or null when none applies
 * @param dir      the directory its relative paths count from (the current directory without a file)
 * @param keys     the keys in effect, as written (file, then command line)
 * @param fromCli  the keys the command line set
 * @param ruleSet  {@code ruleset}, then {@code rules:} over it, then {@code as-of}
 * @param failOn   the lowest level that fails the run, or null for {@code none}
 * @param exclude  paths not to scan
 * @param ignore   path-scoped suppressions (applied by the suppression engine)
 * @param baseline the baseline file, or null
 * @param asOf     the date deadlines are compared with, or null for today
 * @param prices   the team's own prices for the cost rules and {@code fit}
 * @param traffic  traffic profiles for workloads of files that do not declare their own
 */
public record Config(Path file, Path dir, ConfigFile keys, List<String> fromCli, RuleSet ruleSet, Severity failOn,
                     PathGlobs exclude, List<IgnoreEntry> ignore, Path baseline, LocalDate asOf,
                     ReadOptions readOptions, PriceOverrides prices, List<TrafficEntry> traffic) {

    public Config {
        fromCli = List.copyOf(fromCli);
        ignore = List.copyOf(ignore);
        traffic = List.copyOf(traffic);
    }

    /** The config's traffic profiles for the workloads of {@code file} (its own declarations come first). */
    public List<TrafficProfile> trafficFor(Path file) {
        List<TrafficProfile> out = new ArrayList<>();
        for (TrafficEntry t : traffic) if (t.appliesTo(file)) out.add(t.profile());
        return out;
    }

    /** A config that is only a rule set and read options (tests and library use: no file, nothing excluded). */
    public static Config of(RuleSet ruleSet, ReadOptions readOptions) {
        Path cwd = Path.of("").toAbsolutePath();
        return new Config(null, cwd, ConfigFile.EMPTY, List.of(), ruleSet, Severity.ERROR, PathGlobs.none(cwd),
                List.of(), null, null, readOptions, PriceOverrides.NONE, List.of());
    }

    /** The config file as messages name it (relative to the current directory below it), or "the command line". */
    public String fileLabel() {
        return file == null ? "the command line" : ConfigResolver.display(file);
    }

    /** True when {@code path} matches one of the {@code exclude} globs. */
    public boolean excluded(Path path) {
        return exclude.matches(path);
    }

    /** The ids of the active rules, as the run's report lists them. */
    public Map<String, Severity> levels() {
        Map<String, Severity> m = new java.util.LinkedHashMap<>();
        for (RuleSet.Active a : ruleSet.active()) m.put(a.meta().id(), a.level());
        return m;
    }

    /**
     * Checks {@code written} (from {@code bound}, or null without a file) with {@code cli} over it, and builds the
     * configuration. A bad value is a {@link ConfigException} at its line, or naming its option.
     */
    static Config build(StrictYaml.Bound<ConfigFile> bound, Path file, Path dir, ConfigFile cli, boolean allowEnv)
            throws ConfigException {
        ConfigFile written = bound == null || bound.value() == null ? ConfigFile.EMPTY : bound.value();
        ConfigFile keys = written.overriddenBy(cli);
        Where where = new Where(bound, cli);

        Severity failOn = Severity.ERROR;
        if (keys.failOn() != null) {
            String v = keys.failOn().trim();
            if (v.equalsIgnoreCase("none")) {
                failOn = null;
            } else {
                try {
                    failOn = Severity.parse(v);
                } catch (IllegalArgumentException e) {
                    throw where.problem("fail-on", "expected error, warning, note or none, got '" + v + "'"
                            + StrictYaml.didYouMean(v, List.of("error", "warning", "note", "none")));
                }
            }
        }

        LocalDate asOf = null;
        if (keys.asOf() != null) {
            asOf = date(keys.asOf(), where, "as-of");
        }

        String rulesetName = keys.ruleset() != null ? keys.ruleset().trim() : "default";
        RuleSet ruleSet;
        try {
            ruleSet = RuleSet.load(rulesetName, cli.ruleset() != null || file == null ? null : dir);
        } catch (ConfigException e) {
            if (e.located()) throw e;
            throw where.problem("ruleset", e.getMessage());
        }
        ruleSet = ruleSet.with(keys.rules());
        if (asOf != null) ruleSet = ruleSet.withParam("HR107", "asOf", asOf.toString());

        PathGlobs exclude = globs(keys.exclude() == null ? List.of() : keys.exclude(), dir, where, "exclude");

        List<IgnoreEntry> ignore = new ArrayList<>();
        List<IgnoreEntry.Written> entries = keys.ignore() == null ? List.of() : keys.ignore();
        for (int i = 0; i < entries.size(); i++) ignore.add(ignoreEntry(entries.get(i), i, dir, where));

        Path baseline = keys.baseline() == null ? null
                : (cli.baseline() != null || file == null ? Path.of(keys.baseline()) : dir.resolve(keys.baseline()).normalize());

        ReadOptions read = new ReadOptions(keys.params() == null ? Map.of() : Map.copyOf(keys.params()),
                keys.stage(), keys.region(), allowEnv, Map.of());
        PriceOverrides prices = prices(keys.prices(), where, file);
        List<TrafficEntry> traffic = new ArrayList<>();
        List<TrafficEntry.Written> declared = keys.traffic() == null ? List.of() : keys.traffic();
        for (int i = 0; i < declared.size(); i++) traffic.add(trafficEntry(declared.get(i), i, dir, where));
        return new Config(file, dir, keys, cli.setKeys(), ruleSet, failOn, exclude, ignore, baseline, asOf, read,
                prices, traffic);
    }

    /** {@code prices:}: figure names of {@code rulesets/prices.yaml} to US dollars. */
    private static PriceOverrides prices(Map<String, BigDecimal> written, Where where, Path file) throws ConfigException {
        if (written == null || written.isEmpty()) return PriceOverrides.NONE;
        for (Map.Entry<String, BigDecimal> e : written.entrySet()) {
            if (!PriceBook.figureNames().contains(e.getKey())) {
                throw where.problem("prices", "unknown price '" + e.getKey() + "'"
                        + StrictYaml.didYouMean(e.getKey(), List.copyOf(PriceBook.figureNames())), e.getKey());
            }
            if (e.getValue() == null || e.getValue().signum() < 0) {
                throw where.problem("prices", e.getKey() + " must be a number ≥ 0 (US dollars)", e.getKey());
            }
        }
        return new PriceOverrides(written, "override (" + (file == null ? "command line" : file.getFileName()) + ")");
    }

    /** One {@code traffic:} entry: a path glob, an id, and a valid request- or job-driven profile. */
    private static TrafficEntry trafficEntry(TrafficEntry.Written w, int index, Path dir, Where where) throws ConfigException {
        if (w == null || w.path() == null || w.path().isBlank()) {
            throw where.problem("traffic", "an entry needs 'path': a glob of the files it applies to", index);
        }
        if (w.id() == null || w.id().isBlank()) {
            throw where.problem("traffic", "an entry needs 'id': the logical id of a function or ECS service "
                    + "(a Serverless function key)", index);
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        put(values, "requestsPerSecond", w.requestsPerSecond());
        put(values, "durationMs", w.durationMs());
        put(values, "peakToMean", w.peakToMean());
        put(values, "cpuShare", w.cpuShare());
        put(values, "jobsPerDay", w.jobsPerDay());
        put(values, "jobSeconds", w.jobSeconds());
        put(values, "lambdaMemoryMb", w.lambdaMemoryMb() == null ? null : BigDecimal.valueOf(w.lambdaMemoryMb()));
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            String bad = Traffic.invalid(e.getKey(), e.getValue());
            if (bad != null) throw where.problem("traffic", "traffic " + e.getKey() + " " + bad, index, e.getKey());
        }
        Source at = where.at("traffic", index);
        List<Problem> problems = new ArrayList<>();
        TrafficProfile profile = Traffic.profile(w.id().trim(), new Traffic.Partial(values, at),
                at == null ? Source.fileStart("command line") : at, problems, false);
        if (profile == null) throw where.problem("traffic", problems.get(0).message(), index);
        PathGlobs globs = globs(List.of(w.path()), dir, where, "traffic", index, "path");
        return new TrafficEntry(globs, w.id().trim(), profile);
    }

    private static void put(Map<String, BigDecimal> values, String key, BigDecimal v) {
        if (v != null) values.put(key, v);
    }

    private static IgnoreEntry ignoreEntry(IgnoreEntry.Written w, int index, Path dir, Where where) throws ConfigException {
        if (w == null) throw where.problem("ignore", "an entry needs paths, rules and a reason", index);
        if (w.paths() == null || w.paths().isEmpty()) {
            throw where.problem("ignore", "an entry needs 'paths': the globs of the files it applies to", index);
        }
        if (w.rules() == null || w.rules().isEmpty()) {
            throw where.problem("ignore", "an entry needs 'rules': rule ids or prefixes such as HR2", index);
        }
        if (w.reason() == null || w.reason().isBlank()) {
            throw where.problem("ignore", "an entry needs a 'reason': why these findings are accepted", index);
        }
        List<String> rules = new ArrayList<>();
        for (int r = 0; r < w.rules().size(); r++) {
            String id = w.rules().get(r) == null ? "" : w.rules().get(r).trim();
            Rule byName = Registry.lookup(id);
            if (byName != null) {
                rules.add(byName.meta().id());
                continue;
            }
            boolean prefix = !id.isEmpty() && Registry.all().stream().anyMatch(x -> x.meta().id().startsWith(id));
            if (!prefix) {
                throw where.problem("ignore", "unknown rule '" + id + "'" + StrictYaml.didYouMean(id,
                        Registry.all().stream().map(x -> x.meta().id()).toList()) + " (a rule id, or a prefix such as HR2)",
                        index, "rules", r);
            }
            rules.add(id);
        }
        LocalDate until = w.until() == null ? null : date(w.until(), where, "ignore", index, "until");
        PathGlobs globs = globs(w.paths(), dir, where, "ignore", index, "paths");
        return new IgnoreEntry(w.paths(), rules, w.reason().strip(), until, where.at("ignore", index), globs);
    }

    private static LocalDate date(String text, Where where, String key, Object... path) throws ConfigException {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw where.problem(key, "expected a date YYYY-MM-DD, got '" + text + "'", path);
        }
    }

    private static PathGlobs globs(List<String> patterns, Path dir, Where where, String key, Object... path)
            throws ConfigException {
        try {
            return new PathGlobs(dir, patterns);
        } catch (IllegalArgumentException e) {
            throw where.problem(key, e.getMessage(), path);
        }
    }

    /** Places a problem: at its line in the file, or naming the option when the command line set the key. */
    private record Where(StrictYaml.Bound<ConfigFile> bound, ConfigFile cli) {

        ConfigException problem(String key, String message, Object... path) {
            if (cli.setKeys().contains(key) || bound == null) return new ConfigException("--" + key + ": " + message);
            return new ConfigException(at(key, path), key + ": " + message);
        }

        Source at(String key, Object... path) {
            if (bound == null) return null;
            Object[] full = new Object[path.length + 1];
            full[0] = key;
            System.arraycopy(path, 0, full, 1, path.length);
            return bound.at(full);
        }
    }
}
