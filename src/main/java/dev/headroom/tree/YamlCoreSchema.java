package dev.headroom.tree;

import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

import java.util.Map;

/**
 * The implicit tags of the YAML 1.2 core schema, as snakeyaml's {@code CoreSchema} resolves them (merge keys
 * included), decided by looking at characters instead of running up to five regular expressions on every plain
 * scalar; and one instance for every file instead of a new schema per parse. One difference on purpose:
 * snakeyaml's {@code ${NAME}} environment-variable tag is plain text here, as {@link YamlTree} treats it
 * (a Serverless variable). We compose, never construct, so the schema has no constructors.
 */
final class YamlCoreSchema implements Schema, ScalarResolver {

    static final YamlCoreSchema INSTANCE = new YamlCoreSchema();

    private YamlCoreSchema() {
    }

    @Override
    public ScalarResolver getScalarResolver() {
        return this;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return Map.of();
    }

    @Override
    public Tag resolve(String value, Boolean implicit) {
        if (!implicit) return Tag.STR;
        if (value.isEmpty()) return Tag.NULL;
        switch (value.charAt(0)) {
            case 't', 'f', 'T', 'F' -> {
                if (isBool(value)) return Tag.BOOL;
            }
            case '-', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                if (isInt(value)) return Tag.INT;
                if (isFloat(value)) return Tag.FLOAT;
            }
            case '.' -> {
                if (isFloat(value)) return Tag.FLOAT;
            }
            case '<' -> {
                if (value.equals("<<")) return Tag.MERGE;
            }
            default -> {
            }
        }
        return isNull(value) ? Tag.NULL : Tag.STR;
    }

    /** {@code true|True|TRUE|false|False|FALSE}. */
    static boolean isBool(String v) {
        return switch (v) {
            case "true", "True", "TRUE", "false", "False", "FALSE" -> true;
            default -> false;
        };
    }

    /** {@code ~|null|Null|NULL| } (snakeyaml's pattern also takes a single space). */
    private static boolean isNull(String v) {
        return switch (v) {
            case "~", "null", "Null", "NULL", " " -> true;
            default -> false;
        };
    }

    /** {@code [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+}. */
    private static boolean isInt(String v) {
        if (v.length() > 2 && v.charAt(0) == '0' && v.charAt(1) == 'o') return all(v, 2, 8);
        if (v.length() > 2 && v.charAt(0) == '0' && v.charAt(1) == 'x') return all(v, 2, 16);
        int start = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
        return v.length() > start && all(v, start, 10);
    }

    /**
     * {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}, {@code [-+]?\.(inf|Inf|INF)} or
     * {@code \.(nan|NaN|NAN)}.
     */
    private static boolean isFloat(String v) {
        int n = v.length();
        int i = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
        String rest = v.substring(i);
        if (rest.equals(".inf") || rest.equals(".Inf") || rest.equals(".INF")) return true;
        if (i == 0 && (v.equals(".nan") || v.equals(".NaN") || v.equals(".NAN"))) return true;
        if (i < n && v.charAt(i) == '.') {
            int digits = digits(v, i + 1);
            if (digits == 0) return false;
            i += 1 + digits;
        } else {
            int digits = digits(v, i);
            if (digits == 0) return false;
            i += digits;
            if (i < n && v.charAt(i) == '.') i += 1 + digits(v, i + 1);
        }
        if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < n && (v.charAt(i) == '-' || v.charAt(i) == '+')) i++;
            int digits = digits(v, i);
            if (digits == 0) return false;
            i += digits;
        }
        return i == n;
    }

    /** How many ASCII digits start at {@code from}. */
    private static int digits(String v, int from) {
        int i = from;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') i++;
        return i - from;
    }

    /** Whether every character from {@code from} on is an ASCII digit of {@code radix} (8, 10 or 16). */
    private static boolean all(String v, int from, int radix) {
        for (int i = from; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = c >= '0' && c <= '9' && c - '0' < radix
                    || radix == 16 && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
            if (!ok) return false;
        }
        return true;
    }
}
