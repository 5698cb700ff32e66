package dev.headroom.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.headroom.rules.Finding;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleMeta;
import dev.headroom.rules.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules run, at which level, with which parameters. Read at run time from a YAML file:
 * <pre>
 * name: default
 * rules:
 *   HR101: error            # level: error, warning, note, or off
 *   HR102:
 *     level: warning
 *     threshold: 720        # a parameter of the rule
 * </pre>
 * {@code extends: default} starts from another bundled set. A rule not listed is off.
 *
 * <p>{@code cdkInternal: note} (or {@code warning}, {@code error}, {@code off}) caps the level of findings on
 * what CDK generates for itself (custom-resource providers, {@code LogRetention}, {@code BucketDeployment},
 * singleton functions): they stay visible under their own construct path without failing a build on code the
 * user did not write. {@code off} drops them. Absent, they keep their rule's level.
 */
public final class RuleSet {

    /** One active rule with its level and parameters (defaults overlaid with the rule set's values). */
    public record Active(Rule rule, Severity level, Map<String, String> params) {
        public RuleMeta meta() {
            return rule.meta();
        }
    }

    private static final List<String> BUNDLED = List.of("default", "strict");

    private final String name;
    private final Map<String, Active> active;
    /** The same rules in id order, sorted once: every stack of a scan runs them. */
    private final List<Active> inIdOrder;
    /** The highest level of a finding on a CDK helper; null when helpers are treated like user code. */
    private final Severity cdkInternalCap;
    private final boolean cdkInternalOff;

    /** Where this set was read from: its own file first, then the ones it extends ({@code default (bundled)}). */
    private final List<String> files;

    private RuleSet(String name, Map<String, Active> active, Severity cdkInternalCap, boolean cdkInternalOff,
                    List<String> files) {
        this.name = name;
        this.files = List.copyOf(files);
        // a copy, so that the sorted list below always matches it
        this.active = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(active));
        this.inIdOrder = active.values().stream().sorted(java.util.Comparator.comparing(a -> a.meta().id())).toList();
        this.cdkInternalCap = cdkInternalCap;
        this.cdkInternalOff = cdkInternalOff;
    }

    /**
     * The finding as this rule set reports it: on a CDK helper its level is capped by {@code cdkInternal}, or
     * it is dropped (null) when that is {@code off}; any other finding is returned as it is.
     */
    public Finding adjust(Finding f) {
        if (f.origin() == null || !f.origin().cdkInternal()) return f;
        if (cdkInternalOff) return null;
        if (cdkInternalCap != null && f.severity().atLeast(cdkInternalCap) && f.severity() != cdkInternalCap) {
            return f.withSeverity(cdkInternalCap);
        }
        return f;
    }

    /** How findings on CDK helpers are reported: a level, {@code off}, or null when unchanged. */
    public String cdkInternal() {
        return cdkInternalOff ? "off" : cdkInternalCap == null ? null : cdkInternalCap.id();
    }

    public String name() {
        return name;
    }

    /** The active rules in id order. */
    public List<Active> active() {
        return inIdOrder;
    }

    public Active get(String ruleId) {
        return active.get(ruleId);
    }

    /**
     * This rule set with one parameter of one rule replaced, when that rule is active (the command line's
     * {@code --as-of} sets HR107's {@code asOf} this way).
     */
    public RuleSet withParam(String ruleId, String param, String value) {
        Active a = active.get(ruleId);
        if (a == null) return this;
        if (!a.params().containsKey(param)) throw new IllegalArgumentException(ruleId + " has no parameter " + param);
        Map<String, String> params = new LinkedHashMap<>(a.params());
        params.put(param, value);
        Map<String, Active> copy = new LinkedHashMap<>(active);
        copy.put(ruleId, new Active(a.rule(), a.level(), Map.copyOf(params)));
        return new RuleSet(name, copy, cdkInternalCap, cdkInternalOff, files);
    }

    /** The rule set files this set was read from, its own first, then those it extends. */
    public List<String> files() {
        return files;
    }

    public static List<String> bundled() {
        return BUNDLED;
    }

    /** {@code default}, {@code strict}, or a path to a YAML file (relative to the current directory). */
    public static RuleSet load(String nameOrPath) throws ConfigException {
        return load(nameOrPath, null, 0);
    }

    /** {@code default}, {@code strict}, or a path to a YAML file; a relative path is resolved against {@code dir}. */
    public static RuleSet load(String nameOrPath, Path dir) throws ConfigException {
        return load(nameOrPath, dir, 0);
    }

    /** The file a rule set name or path stands for, or null for a bundled set. */
    public static Path file(String nameOrPath, Path dir) {
        if (BUNDLED.contains(nameOrPath)) return null;
        Path p = Path.of(nameOrPath);
        return dir == null || p.isAbsolute() ? p : dir.resolve(p).normalize();
    }

    private static RuleSet load(String nameOrPath, Path dir, int depth) throws ConfigException {
        if (depth > 5) throw new ConfigException("rule set '" + nameOrPath + "': 'extends' nests too deeply");
        if (BUNDLED.contains(nameOrPath)) {
            return bundled(nameOrPath, depth);
        }
        Path p = file(nameOrPath, dir);
        if (!Files.isRegularFile(p)) {
            throw new ConfigException("rule set '" + nameOrPath + "' is neither " + String.join(", ", BUNDLED)
                    + " nor a readable file" + (dir == null || Path.of(nameOrPath).isAbsolute() ? "" : " (looked for " + p + ")"));
        }
        String text;
        try {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read rule set " + p + ": " + e.getMessage());
        }
        return parse(dir == null ? nameOrPath : p.toString(), text, depth);
    }

    /**
     * The bundled sets, each read once: they are immutable and the same for every config. A run that starts with
     * {@code scan} reads {@code default} on a second thread while its command line is built (StartupWarmup); a
     * caller that asks meanwhile waits for that reading instead of doing it again.
     */
    private static final java.util.concurrent.ConcurrentMap<String, java.util.concurrent.FutureTask<RuleSet>> BUNDLED_SETS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static RuleSet bundled(String name, int depth) throws ConfigException {
        java.util.concurrent.FutureTask<RuleSet> task = new java.util.concurrent.FutureTask<>(() -> readBundled(name, depth));
        java.util.concurrent.FutureTask<RuleSet> first = BUNDLED_SETS.putIfAbsent(name, task);
        if (first == null) {
            first = task;
            task.run();
        }
        try {
            return first.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof ConfigException c) throw c;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading bundled rule set '" + name + "'", e);
        }
    }

    private static RuleSet readBundled(String nameOrPath, int depth) throws ConfigException {
        try (InputStream in = RuleSet.class.getResourceAsStream("/rulesets/" + nameOrPath + ".yaml")) {
            if (in == null) throw new ConfigException("bundled rule set '" + nameOrPath + "' is missing from the jar");
            return parse(nameOrPath, new String(in.readAllBytes(), StandardCharsets.UTF_8), depth);
        } catch (IOException e) {
            throw new ConfigException("cannot read bundled rule set '" + nameOrPath + "': " + e.getMessage());
        }
    }

    /** What a rule set file may hold; every other key is an error. */
    record RuleSetFile(String name, @JsonProperty("extends") String base, String cdkInternal, RuleEntries rules) {
    }

    static RuleSet parse(String label, String text, int depth) throws ConfigException {
        // The bundled sets are ours and checked at build time: read them without loading Jackson (start-up).
        StrictYaml.Bound<RuleSetFile> bound = BUNDLED.contains(label) ? BundledRuleSets.read(label, text)
                : StrictYaml.bind(label, text, RuleSetFile.class);
        RuleSetFile file = bound.value();
        if (file == null) {
            throw new ConfigException(bound.at(), "the rule set is empty, so it would switch every rule off; "
                    + "start it with 'extends: default' or list rules under 'rules:'");
        }
        Map<String, Active> active = new LinkedHashMap<>();
        String name = file.name() != null ? file.name() : label;
        Severity cap = null;
        boolean off = false;
        List<String> files = new java.util.ArrayList<>(List.of(BUNDLED.contains(label) ? label + " (bundled)" : label));
        if (file.base() != null) {
            Path dir = BUNDLED.contains(label) ? null : Path.of(label).toAbsolutePath().getParent();
            RuleSet parent;
            try {
                parent = load(file.base(), dir, depth + 1);
            } catch (ConfigException e) {
                if (e.located()) throw e; // the problem is inside the parent set, and says where
                throw new ConfigException(bound.at("extends"), "extends: " + e.getMessage());
            }
            active.putAll(parent.active);
            cap = parent.cdkInternalCap;
            off = parent.cdkInternalOff;
            files.addAll(parent.files);
        }
        if (file.cdkInternal() != null) {
            String v = file.cdkInternal().trim();
            if (v.equals("off") || v.equals("false")) {
                off = true;
                cap = null;
            } else {
                try {
                    cap = Severity.parse(v);
                    off = false;
                } catch (IllegalArgumentException ex) {
                    throw new ConfigException(bound.at("cdkInternal"), "cdkInternal: "
                            + ex.getMessage().replace(")", ", or off)"));
                }
            }
        }
        overlay(active, file.rules() == null ? RuleEntries.NONE : file.rules());
        if (active.isEmpty()) {
            // An 'extend: default' typo is caught as an unknown key; this catches a set that lists nothing to run.
            throw new ConfigException(bound.at(), "the rule set activates no rule; start it with 'extends: default' "
                    + "or list rules under 'rules:'");
        }
        return new RuleSet(name, active, cap, off, files);
    }

    /** This rule set with a config file's {@code rules:} written over it (levels, {@code off}, parameters). */
    public RuleSet with(RuleEntries entries) {
        if (entries == null || entries.isEmpty()) return this;
        Map<String, Active> copy = new LinkedHashMap<>(active);
        overlay(copy, entries);
        return new RuleSet(name, copy, cdkInternalCap, cdkInternalOff, files);
    }

    private static void overlay(Map<String, Active> active, RuleEntries entries) {
        for (RuleEntries.Entry e : entries.entries().values()) {
            RuleMeta meta = e.rule().meta();
            if (e.off()) {
                active.remove(meta.id());
                continue;
            }
            Active base = active.get(meta.id());
            Map<String, String> params = new LinkedHashMap<>(base != null ? base.params() : meta.paramDefaults());
            params.putAll(e.params());
            Severity level = e.level() != null ? e.level() : base != null ? base.level() : meta.severity();
            active.put(meta.id(), new Active(e.rule(), level, Map.copyOf(params)));
        }
    }
}
