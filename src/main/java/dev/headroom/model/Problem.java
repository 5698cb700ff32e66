package dev.headroom.model;

import java.util.List;

/**
 * Something a reader could not accept in a file that did parse (a {@code ${file()}} outside the
 * project, a template too large to resolve). Reported under {@code ruleId} (HR900 family).
 */
public record Problem(String ruleId, Source source, String message, List<Related> related) {
    public Problem {
        related = List.copyOf(related);
    }

    public static Problem of(String ruleId, Source source, String message) {
        return new Problem(ruleId, source, message, List.of());
    }
}
