package dev.headroom.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.headroom.rules.Param;
import dev.headroom.rules.Registry;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleMeta;
import dev.headroom.rules.Severity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code rules:} mapping of a rule set or config file, checked as it is read: every key a known rule (id or
 * name), every level {@code error}, {@code warning}, {@code note}, {@code off} (or {@code on}), every parameter one
 * the rule declares with a value of its kind. A mistake is an error at its own line, never a rule silently off.
 *
 * @param entries by rule id, in the order written
 */
@JsonDeserialize(using = RuleEntries.Reader.class)
public record RuleEntries(Map<String, Entry> entries) {

    public static final RuleEntries NONE = new RuleEntries(Map.of());

    /**
     * One rule as written. {@code level} null keeps the level it had (or the rule's default); {@code off} removes
     * the rule; {@code params} are the values written, as rule-set text (lists comma-separated).
     */
    public record Entry(Rule rule, Severity level, boolean off, Map<String, String> params) {
    }

    public RuleEntries {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    static final class Reader extends StdDeserializer<RuleEntries> {

        Reader() {
            super(RuleEntries.class);
        }

        @Override
        public RuleEntries getNullValue(DeserializationContext ctxt) {
            return NONE;
        }

        @Override
        public RuleEntries deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw StrictYaml.Invalid.at(p, "rules: expected a mapping of rule ids to a level or settings, got "
                        + kind(p.currentToken()), false);
            }
            Map<String, Entry> out = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                Rule rule = Registry.lookup(key);
                if (rule == null) {
                    List<String> known = new ArrayList<>();
                    for (Rule r : Registry.all()) {
                        known.add(r.meta().id());
                        known.add(r.meta().name());
                    }
                    throw StrictYaml.Invalid.at(p, "rules: unknown rule '" + key + "'" + StrictYaml.didYouMean(key, known)
                            + " (see 'headroom rules')", true, key);
                }
                String id = rule.meta().id();
                if (out.containsKey(id)) {
                    throw StrictYaml.Invalid.at(p, "rules: " + id + " is listed twice", true, key);
                }
                p.nextToken();
                out.put(id, entry(p, rule, key));
            }
            return new RuleEntries(out);
        }

        private static Entry entry(JsonParser p, Rule rule, String key) throws IOException {
            RuleMeta meta = rule.meta();
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                Severity level = null;
                boolean off = false;
                Map<String, String> params = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (name.equals("level") || name.equals("severity")) {
                        String text = scalar(p, v, meta.id() + " level", key, name);
                        off = isOff(text);
                        level = off ? null : level(p, text, meta, key, name);
                        continue;
                    }
                    if (!meta.paramDefaults().containsKey(name)) {
                        List<String> known = new ArrayList<>(meta.paramDefaults().keySet());
                        known.add("level");
                        throw StrictYaml.Invalid.at(p, meta.id() + " has no parameter '" + name + "'"
                                + StrictYaml.didYouMean(name, known) + knownParams(meta), true, key, name);
                    }
                    String value = paramText(p, v, meta, key, name);
                    String problem = problem(meta.params().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(), value);
                    if (problem != null) {
                        throw StrictYaml.Invalid.at(p, meta.id() + " parameter '" + name + "' " + problem, false, key, name);
                    }
                    params.put(name, value);
                }
                return new Entry(rule, level, off, Map.copyOf(params));
            }
            if (t == JsonToken.VALUE_NULL) return new Entry(rule, null, false, Map.of());
            String text = scalar(p, t, meta.id(), key);
            if (isOff(text)) return new Entry(rule, null, true, Map.of());
            return new Entry(rule, level(p, text, meta, key), false, Map.of());
        }

        /** A level word; {@code on}/{@code true} keep the level the rule already has. */
        private static Severity level(JsonParser p, String text, RuleMeta meta, Object... path) throws IOException {
            try {
                return RuleEntries.level(text);
            } catch (IllegalArgumentException e) {
                throw StrictYaml.Invalid.at(p, meta.id() + ": unknown level '" + text + "'"
                        + StrictYaml.didYouMean(text, List.of("error", "warning", "note", "off"))
                        + " (expected error, warning, note or off)", false, path);
            }
        }

        private static String scalar(JsonParser p, JsonToken t, String what, Object... path) throws IOException {
            if (t.isScalarValue()) return p.getText().trim();
            throw StrictYaml.Invalid.at(p, what + ": expected a level (error, warning, note, off) or a mapping of "
                    + "level and parameters, got " + kind(t), false, path);
        }

        /** A parameter value: a scalar, or a list of scalars (written comma-separated, as rule sets always were). */
        private static String paramText(JsonParser p, JsonToken t, RuleMeta meta, String key, String name) throws IOException {
            if (t.isScalarValue() && t != JsonToken.VALUE_NULL) return p.getText();
            if (t == JsonToken.START_ARRAY) {
                List<String> parts = new ArrayList<>();
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (!p.currentToken().isScalarValue()) {
                        throw StrictYaml.Invalid.at(p, meta.id() + " parameter '" + name + "': expected a value, got "
                                + kind(p.currentToken()), false, key, name, index);
                    }
                    parts.add(p.getText());
                    index++;
                }
                return String.join(",", parts);
            }
            throw StrictYaml.Invalid.at(p, meta.id() + " parameter '" + name + "': expected a value or a list of values, got "
                    + kind(t), false, key, name);
        }

        private static String kind(JsonToken t) {
            if (t == JsonToken.START_OBJECT) return "a mapping";
            if (t == JsonToken.START_ARRAY) return "a list";
            if (t == JsonToken.VALUE_NULL) return "nothing";
            return "'" + t.asString() + "'";
        }
    }

    /** True for a level word that switches a rule off. */
    static boolean isOff(String text) {
        return text.equals("off") || text.equals("false");
    }

    /** A level word, or null for {@code on}/{@code true} (the rule keeps its level); else IllegalArgumentException. */
    static Severity level(String text) {
        if (text.equals("on") || text.equals("true")) return null;
        return Severity.parse(text);
    }

    private static String knownParams(RuleMeta meta) {
        return meta.params().isEmpty() ? " (it takes none; only 'level')"
                : " (known: level, " + String.join(", ", meta.params().stream().map(Param::name).toList()) + ")";
    }

    /** Why a parameter value is not valid for its rule, or null: numbers stay numbers, patterns compile, dates parse. */
    static String problem(Param p, String raw) {
        String value = raw.trim();
        String problem = switch (p.kind()) {
            case PATTERNS -> badPattern(value);
            case DATE -> value.equalsIgnoreCase("today") || value.matches("\\d{4}-\\d{2}-\\d{2}") && parses(value)
                    ? null : "must be 'today' or a date YYYY-MM-DD, got '" + value + "'";
            case TEXT -> null;
        };
        if (problem != null) return problem;
        if (p.defaultValue().matches("-?\\d+(\\.\\d+)?") && !value.matches("-?\\d+(\\.\\d+)?")) {
            return "must be a number, got '" + raw + "'";
        }
        return null;
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
}
