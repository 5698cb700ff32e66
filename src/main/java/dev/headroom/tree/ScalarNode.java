package dev.headroom.tree;

import dev.headroom.model.Source;

/**
 * A scalar. {@code value} is the typed value: {@link String}, {@link Long}, {@link java.math.BigInteger},
 * {@link Double}, {@link Boolean}, or null for YAML {@code ~}/{@code null} and JSON {@code null}.
 * {@code text} is the scalar as written (for a null: "").
 */
public record ScalarNode(Object value, String text, Source source) implements Node {

    public static ScalarNode string(String text, Source source) {
        return new ScalarNode(text, text, source);
    }

    public boolean isNull() {
        return value == null;
    }

    public boolean isString() {
        return value instanceof String;
    }

    public boolean isNumber() {
        return value instanceof Number;
    }

    @Override
    public String kind() {
        if (value == null) return "null";
        if (value instanceof String) return "string";
        if (value instanceof Boolean) return "boolean";
        return "number";
    }
}
