package dev.headroom.config;

import dev.headroom.rules.Finding;
import dev.headroom.rules.Param;
import dev.headroom.rules.Registry;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleMeta;
import dev.headroom.rules.Severity;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    /** The highest level of a finding on a CDK helper; null when helpers are treated like user code. */
    private final Severity cdkInternalCap;
    private final boolean cdkInternalOff;

    private RuleSet(String name, Map<String, Active> active, Severity cdkInternalCap, boolean cdkInternalOff) {
        this.name = name;
        this.active = active;
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
        return active.values().stream().sorted(java.util.Comparator.comparing(a -> a.meta().id())).toList();
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
        return new RuleSet(name, copy, cdkInternalCap, cdkInternalOff);
    }

    public static List<String> bundled() {
        return BUNDLED;
    }

    /** {@code default}, {@code strict}, or a path to a YAML file. */
    public static RuleSet load(String nameOrPath) throws ConfigException {
        return load(nameOrPath, 0);
    }

    private static RuleSet load(String nameOrPath, int depth) throws ConfigException {
        if (depth > 5) throw new ConfigException("rule set '" + nameOrPath + "': 'extends' nests too deeply");
        String text;
        String label;
        if (BUNDLED.contains(nameOrPath)) {
            label = nameOrPath;
            try (InputStream in = RuleSet.class.getResourceAsStream("/rulesets/" + nameOrPath + ".yaml")) {
                if (in == null) throw new ConfigException("bundled rule set '" + nameOrPath + "' is missing from the jar");
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException("cannot read bundled rule set '" + nameOrPath + "': " + e.getMessage());
            }
        } else {
            Path p = Path.of(nameOrPath);
            label = nameOrPath;
            if (!Files.isRegularFile(p)) {
                throw new ConfigException("rule set '" + nameOrPath + "' is neither " + String.join(", ", BUNDLED)
                        + " nor a readable file");
            }
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException("cannot read rule set " + nameOrPath + ": " + e.getMessage());
            }
        }
        return parse(label, text, depth);
    }

    static RuleSet parse(String label, String text, int depth) throws ConfigException {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().setLabel(label).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new ConfigException("rule set " + label + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(doc instanceof Map<?, ?> root)) throw new ConfigException("rule set " + label + ": expected a mapping with 'rules'");
        Map<String, Active> active = new LinkedHashMap<>();
        String name = root.get("name") instanceof String s ? s : label;
        Severity cap = null;
        boolean off = false;
        if (root.get("extends") instanceof String base) {
            RuleSet parent = load(base, depth + 1);
            active.putAll(parent.active);
            cap = parent.cdkInternalCap;
            off = parent.cdkInternalOff;
        }
        if (root.containsKey("cdkInternal")) {
            String v = String.valueOf(root.get("cdkInternal"));
            if (v.equals("off") || v.equals("false")) {
                off = true;
                cap = null;
            } else {
                try {
                    cap = Severity.parse(v);
                    off = false;
                } catch (IllegalArgumentException ex) {
                    throw new ConfigException("rule set " + label + ": cdkInternal: " + ex.getMessage().replace(")", ", or off)"));
                }
            }
        }
        Object rules = root.get("rules");
        if (rules != null && !(rules instanceof Map)) throw new ConfigException("rule set " + label + ": 'rules' must be a mapping");
        for (Map.Entry<?, ?> e : (rules == null ? Map.of() : (Map<?, ?>) rules).entrySet()) {
            String id = String.valueOf(e.getKey());
            Rule rule = Registry.lookup(id);
            if (rule == null) throw new ConfigException("rule set " + label + ": unknown rule '" + id + "'");
            RuleMeta meta = rule.meta();
            Active base = active.get(meta.id());
            Map<String, String> params = new LinkedHashMap<>(base != null ? base.params() : meta.paramDefaults());
            Severity level = base != null ? base.level() : meta.severity();
            String levelText;
            if (e.getValue() instanceof Map<?, ?> settings) {
                Object l = settings.containsKey("level") ? settings.get("level") : settings.get("severity");
                levelText = l == null ? null : String.valueOf(l);
                for (Map.Entry<?, ?> s : settings.entrySet()) {
                    String key = String.valueOf(s.getKey());
                    if (key.equals("level") || key.equals("severity")) continue;
                    if (!params.containsKey(key)) {
                        throw new ConfigException("rule set " + label + ": " + meta.id() + " has no parameter '" + key
                                + "'" + knownParams(meta));
                    }
                    params.put(key, paramText(s.getValue()));
                }
            } else {
                levelText = e.getValue() == null ? null : String.valueOf(e.getValue());
            }
            if (levelText != null && (levelText.equals("off") || levelText.equals("false"))) {
                active.remove(meta.id());
                continue;
            }
            if (levelText != null && !levelText.equals("on") && !levelText.equals("true")) {
                try {
                    level = Severity.parse(levelText);
                } catch (IllegalArgumentException ex) {
                    throw new ConfigException("rule set " + label + ": " + meta.id() + ": " + ex.getMessage());
                }
            }
            validateParams(label, meta, params);
            active.put(meta.id(), new Active(rule, level, Map.copyOf(params)));
        }
        return new RuleSet(name, active, cap, off);
    }

    private static String badPattern(String list) {
        for (String part : list.split(",")) {
            try {
                java.util.regex.Pattern.compile(part.trim());
            } catch (java.util.regex.PatternSyntaxException e) {
                return "has an invalid regular expression '" + part.trim() + "': " + e.getDescription();
            }
        }
        return null;
    }

    private static boolean parses(String date) {
        try {
            java.time.LocalDate.parse(date);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String paramText(Object v) {
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object o : l) parts.add(String.valueOf(o));
            return String.join(",", parts);
        }
        return String.valueOf(v);
    }

    private static String knownParams(RuleMeta meta) {
        return meta.params().isEmpty() ? " (it takes none)"
                : " (known: " + String.join(", ", meta.params().stream().map(Param::name).toList()) + ")";
    }

    /** A parameter whose default is a number must stay a number; patterns must compile; dates must parse. */
    private static void validateParams(String label, RuleMeta meta, Map<String, String> params) throws ConfigException {
        for (Param p : meta.params()) {
            String value = params.get(p.name()).trim();
            String problem = switch (p.kind()) {
                case PATTERNS -> badPattern(value);
                case DATE -> value.equalsIgnoreCase("today") || value.matches("\\d{4}-\\d{2}-\\d{2}") && parses(value)
                        ? null : "must be 'today' or a date YYYY-MM-DD, got '" + value + "'";
                case TEXT -> null;
            };
            if (problem != null) {
                throw new ConfigException("rule set " + label + ": " + meta.id() + " parameter '" + p.name() + "' " + problem);
            }
            if (p.defaultValue().matches("-?\\d+(\\.\\d+)?") && !params.get(p.name()).trim().matches("-?\\d+(\\.\\d+)?")) {
                throw new ConfigException("rule set " + label + ": " + meta.id() + " parameter '" + p.name()
                        + "' must be a number, got '" + params.get(p.name()) + "'");
            }
        }
    }
}
