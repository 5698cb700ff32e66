package dev.headroom.fix;

import java.util.Locale;

/**
 * Whether a rule has a fix, and how safe it is (Ruff's terms). Every infrastructure fix changes behaviour;
 * {@link #SAFE} means it only removes the defect the rule names and cannot make a deployment fail or lose data;
 * {@link #UNSAFE} means it changes behaviour a team may rely on (capacity, scaling, timeouts, memory), so
 * {@code headroom fix} applies it only with {@code --unsafe}.
 */
public enum Applicability {
    NONE, SAFE, UNSAFE;

    /** The name used in reports: {@code safe}, {@code unsafe}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
