package dev.headroom.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of a {@code .headroom.yaml}, as written; every other key is an error (see {@link StrictYaml}). The
 * command line's options are the same record, so one merge serves both, and adding a key is adding a component
 * here (then giving it a meaning in {@link Config}): binding, strict errors, {@code --option} precedence and
 * {@code headroom config} all follow from the component.
 *
 * @param ruleset  {@code default}, {@code strict}, or a rule set file relative to the config file
 * @param rules    per-rule levels, {@code off} and parameters, written over the rule set
 * @param exclude  globs of paths not to scan, relative to the config file
 * @param ignore   path-scoped suppressions, each with a reason
 * @param failOn   {@code error}, {@code warning}, {@code note} or {@code none}
 * @param baseline a baseline file relative to the config file
 * @param params   template parameters and Serverless {@code ${param:}} values
 * @param stage    Serverless stage
 * @param region   Serverless region
 * @param asOf     the date rules compare deadlines with ({@code YYYY-MM-DD})
 * @param prices   the team's own prices over the bundled table ({@code rulesets/prices.yaml}): figure name to USD
 * @param traffic  traffic profiles of workloads in files a team does not annotate (path glob, logical id, profile)
 */
@JsonPropertyOrder({"ruleset", "rules", "exclude", "ignore", "fail-on", "baseline", "params", "stage", "region", "as-of",
        "prices", "traffic"})
public record ConfigFile(
        String ruleset,
        RuleEntries rules,
        List<String> exclude,
        List<IgnoreEntry.Written> ignore,
        @JsonProperty("fail-on") String failOn,
        String baseline,
        Map<String, String> params,
        String stage,
        String region,
        @JsonProperty("as-of") String asOf,
        Map<String, java.math.BigDecimal> prices,
        List<TrafficEntry.Written> traffic) {

    public static final ConfigFile EMPTY = empty();

    /**
     * The key of a component as written in the file: its name in kebab case ({@code fail-on} for {@code failOn}),
     * which is what its {@code @JsonProperty} tells Jackson (a test holds the two equal). Derived rather than read
     * from the annotation, which a scan's start-up would pay for with Jackson's annotation classes.
     */
    public static String key(RecordComponent c) {
        String name = c.getName();
        StringBuilder b = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch >= 'A' && ch <= 'Z') b.append('-').append((char) (ch - 'A' + 'a'));
            else b.append(ch);
        }
        return b.toString();
    }

    /** The keys that are set (not null) here, in file order. */
    public List<String> setKeys() {
        return java.util.Arrays.stream(ConfigFile.class.getRecordComponents())
                .filter(c -> value(c, this) != null).map(ConfigFile::key).toList();
    }

    /**
     * This file with {@code over}'s keys written over it: a key set in {@code over} wins; a map ({@code params})
     * is merged entry by entry, so {@code --param A=1} replaces only {@code A}.
     */
    public ConfigFile overriddenBy(ConfigFile over) {
        RecordComponent[] components = ConfigFile.class.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object mine = value(components[i], this);
            Object theirs = value(components[i], over);
            if (mine instanceof Map<?, ?> a && theirs instanceof Map<?, ?> b) {
                Map<Object, Object> merged = new LinkedHashMap<>(a);
                merged.putAll(b);
                values[i] = merged;
            } else {
                values[i] = theirs != null ? theirs : mine;
            }
        }
        return construct(values);
    }

    /** This file with one key set ({@code with("fail-on", "warning")}); the command line builds its overrides so. */
    public ConfigFile with(String key, Object value) {
        RecordComponent[] components = ConfigFile.class.getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            values[i] = key(components[i]).equals(key) ? value : value(components[i], this);
            found |= key(components[i]).equals(key);
        }
        if (!found) throw new IllegalArgumentException("no config key " + key);
        return construct(values);
    }

    static Object value(RecordComponent c, ConfigFile f) {
        try {
            return c.getAccessor().invoke(f);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigFile empty() {
        return construct(new Object[ConfigFile.class.getRecordComponents().length]);
    }

    private static ConfigFile construct(Object[] values) {
        RecordComponent[] components = ConfigFile.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) types[i] = components[i].getType();
        try {
            return ConfigFile.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
