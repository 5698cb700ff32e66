package dev.headroom.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.tree.Document;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.Parsers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Binds a config file or rule set to a record with jackson-dataformat-yaml, strictly: an unknown key, a wrong
 * type or a bad value is a {@link ConfigException} whose message starts with {@code FILE:LINE:COL}. The text is
 * first parsed into headroom's positioned tree, which rejects broken YAML, duplicate keys and absurd nesting with
 * their line (before Jackson could recurse into them), and which then locates every binding error by its key path.
 */
public final class StrictYaml {

    /** Made on first use: a scan without a config file or rule set of its own never loads Jackson's YAML binding. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder().build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private StrictYaml() {
    }

    /**
     * A bound document with its positioned tree, to place errors found after binding (a rule set that
     * {@code extends} something unknown) on their line.
     */
    public record Bound<T>(T value, String file, Node root) {

        /** Where the key path leads ({@code at("ignore", 0)}), or the start of the file when it is not there. */
        public Source at(Object... path) {
            Node node = root;
            Source at = root == null ? Source.fileStart(file) : root.source();
            for (Object step : path) {
                if (step instanceof Integer i && node instanceof ListNode l && i < l.size()) {
                    node = l.get(i);
                } else if (node instanceof MapNode m && m.get(String.valueOf(step)) != null) {
                    node = m.get(String.valueOf(step));
                } else {
                    break;
                }
                at = node.source();
            }
            return Source.at(file, at.line(), at.column());
        }
    }

    /** {@code text} read from {@code file}, bound to {@code type}; an empty document binds to a null value. */
    public static <T> Bound<T> bind(String file, String text, Class<T> type) throws ConfigException {
        Node root = tree(file, text);
        if (root == null) return new Bound<>(null, file, null);
        try {
            return new Bound<>(Mapper.MAPPER.readValue(text, type), file, root);
        } catch (JsonMappingException e) {
            throw new ConfigException(locate(file, root, e), describe(e));
        } catch (JsonProcessingException e) {
            throw new ConfigException(Source.at(file, line(e), column(e)), "not valid YAML: " + firstLine(e.getOriginalMessage()));
        }
    }

    /** The positioned tree of the text, or null for an empty document (comments only). */
    static Node tree(String file, String text) throws ConfigException {
        Document doc;
        try {
            doc = Parsers.parse(file, text);
        } catch (ParseException e) {
            throw new ConfigException(e.source(), firstLine(e.getMessage()));
        }
        for (Problem p : doc.problems()) throw new ConfigException(p.source(), p.message());
        if (doc.root() instanceof dev.headroom.tree.ScalarNode s && s.isNull()) return null;
        return doc.root();
    }

    /** A problem a custom deserializer found at a key (true) or at its value (false). */
    static final class Invalid extends JsonMappingException {
        final boolean atKey;

        Invalid(JsonParser p, String message, boolean atKey) {
            super(p, message);
            this.atKey = atKey;
        }

        /** The problem one or more keys below the current one: {@code at(p, msg, true, "HR102", "threshold")}. */
        static Invalid at(JsonParser p, String message, boolean atKey, Object... path) {
            Invalid e = new Invalid(p, message, atKey);
            for (int i = path.length - 1; i >= 0; i--) {
                if (path[i] instanceof Integer index) e.prependPath(null, index);
                else e.prependPath(null, String.valueOf(path[i]));
            }
            return e;
        }
    }

    private static String describe(JsonMappingException e) {
        String where = pathText(e.getPath());
        String prefix = where.isEmpty() ? "" : where + ": ";
        if (e instanceof Invalid) return e.getOriginalMessage();
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            if (u.getKnownPropertyIds() != null) for (Object k : u.getKnownPropertyIds()) known.add(String.valueOf(k));
            known.sort(Comparator.naturalOrder());
            String parent = pathText(e.getPath().subList(0, e.getPath().size() - 1));
            return (parent.isEmpty() ? "" : parent + ": ") + "unknown key '" + u.getPropertyName() + "'"
                    + didYouMean(u.getPropertyName(), known) + " (known keys: " + String.join(", ", known) + ")";
        }
        if (e instanceof InvalidFormatException f) {
            return prefix + "expected " + typeName(f.getTargetType()) + ", got '" + f.getValue() + "'";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String got = firstLine(m.getOriginalMessage());
            int token = got.indexOf("(token `JsonToken.");
            String kind = token < 0 ? "" : tokenKind(got.substring(token + 18));
            return prefix + "expected " + typeName(m.getTargetType()) + (kind.isEmpty() ? "" : ", got " + kind);
        }
        return prefix + firstLine(e.getOriginalMessage());
    }

    private static String tokenKind(String token) {
        if (token.startsWith("START_OBJECT")) return "a mapping";
        if (token.startsWith("START_ARRAY")) return "a list";
        if (token.startsWith("VALUE_STRING")) return "a string";
        if (token.startsWith("VALUE_NUMBER")) return "a number";
        if (token.startsWith("VALUE_TRUE") || token.startsWith("VALUE_FALSE")) return "a boolean";
        return "";
    }

    private static String typeName(Class<?> type) {
        if (type == String.class) return "a string";
        if (Collection.class.isAssignableFrom(type) || type.isArray()) return "a list";
        if (Map.class.isAssignableFrom(type) || type.isRecord()) return "a mapping";
        if (type == java.time.LocalDate.class) return "a date YYYY-MM-DD";
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) return "a number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        return type.getSimpleName();
    }

    /** {@code ignore[0].paths}: the key path of a binding error as the user would write it. */
    static String pathText(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) b.append('.');
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** Where the key path of {@code e} leads in the positioned tree: the key itself for an unknown key. */
    private static Source locate(String file, Node root, JsonMappingException e) {
        boolean atKey = e instanceof UnrecognizedPropertyException || e instanceof Invalid p && p.atKey;
        Node node = root;
        Source at = root.source();
        List<JsonMappingException.Reference> path = e.getPath();
        for (int i = 0; i < path.size(); i++) {
            JsonMappingException.Reference r = path.get(i);
            boolean last = i == path.size() - 1;
            if (r.getFieldName() != null && node instanceof MapNode m && m.entry(r.getFieldName()) != null) {
                MapNode.Entry entry = m.entry(r.getFieldName());
                node = entry.value();
                at = last && atKey ? entry.key().source() : node.source();
            } else if (r.getIndex() >= 0 && node instanceof ListNode l && r.getIndex() < l.size()) {
                node = l.get(r.getIndex());
                at = node.source();
            } else {
                if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
                    return Source.at(file, e.getLocation().getLineNr(), e.getLocation().getColumnNr());
                }
                break;
            }
        }
        return Source.at(file, at.line(), at.column());
    }

    /**
     * {@code "; did you mean 'extends'?"} when one known word starts with {@code word} or is within two edits of it
     * (one for short words), else "".
     */
    public static String didYouMean(String word, Collection<String> known) {
        String lower = word.toLowerCase(Locale.ROOT);
        // An abbreviation ('warn') is a known word's start.
        List<String> starts = new TreeSet<>(known).stream()
                .filter(k -> lower.length() >= 3 && k.toLowerCase(Locale.ROOT).startsWith(lower) && !k.equalsIgnoreCase(word)).toList();
        if (starts.size() == 1) return "; did you mean '" + starts.get(0) + "'?";
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : new TreeSet<>(known)) {
            int d = distance(word.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        int allowed = Math.max(1, Math.min(2, word.length() / 3));
        return best != null && bestDistance <= allowed && bestDistance > 0 ? "; did you mean '" + best + "'?" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }

    private static int column(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }
}
