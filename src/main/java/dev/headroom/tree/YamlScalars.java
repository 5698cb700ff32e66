package dev.headroom.tree;

import dev.headroom.model.Source;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.math.BigInteger;

/** Typed values of YAML scalars, following the YAML 1.2 core schema. */
final class YamlScalars {

    private YamlScalars() {
    }

    /** The scalar node for {@code text} whose (resolved or explicit) tag is {@code tag}. */
    static ScalarNode scalar(Tag tag, String text, Source source) throws ParseException {
        try {
            if (tag.equals(Tag.NULL)) {
                if (!isNull(text)) throw invalid(tag, text, source);
                return new ScalarNode(null, "", source);
            }
            if (tag.equals(Tag.BOOL)) {
                if (!YamlCoreSchema.isBool(text)) throw invalid(tag, text, source);
                return new ScalarNode(Boolean.valueOf(text.equalsIgnoreCase("true")), text, source);
            }
            if (tag.equals(Tag.INT)) return new ScalarNode(integer(text), text, source);
            if (tag.equals(Tag.FLOAT)) return new ScalarNode(floating(text), text, source);
        } catch (NumberFormatException e) {
            throw invalid(tag, text, source);
        }
        // !!str, and the standard tags we have no type for (!!binary, !!timestamp ...), stay text
        return ScalarNode.string(text, source);
    }

    /** {@code null|Null|NULL|~} or empty: what an explicit {@code !!null} may hold. */
    private static boolean isNull(String text) {
        return switch (text) {
            case "null", "Null", "NULL", "~", "" -> true;
            default -> false;
        };
    }

    private static ParseException invalid(Tag tag, String text, Source source) {
        String name = tag.getValue().substring(Tag.PREFIX.length());
        return new ParseException("invalid !!" + name + " value: not a valid " + name, source);
    }

    private static Number integer(String text) {
        String digits = text;
        boolean negative = digits.startsWith("-");
        if (negative || digits.startsWith("+")) digits = digits.substring(1);
        int radix = 10;
        if (digits.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.startsWith("0o")) {
            radix = 8;
            digits = digits.substring(2);
        }
        if (digits.isEmpty() || digits.startsWith("-") || digits.startsWith("+")) {
            throw new NumberFormatException(text);
        }
        BigInteger value = new BigInteger(digits, radix);
        if (negative) value = value.negate();
        return value.bitLength() < Long.SIZE ? (Number) value.longValue() : value;
    }

    private static Double floating(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return switch (lower) {
            case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
            case "-.inf" -> Double.NEGATIVE_INFINITY;
            case ".nan" -> Double.NaN;
            default -> Double.valueOf(text);
        };
    }
}
