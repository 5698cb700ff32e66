package dev.headroom.rules;

import java.util.Locale;

/** A finding's level, in SARIF's words. Ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this level is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Severity parse(String s) {
        for (Severity v : values()) if (v.id().equalsIgnoreCase(s.trim())) return v;
        throw new IllegalArgumentException("unknown severity '" + s + "' (expected error, warning or note)");
    }
}
