package dev.headroom.suppress;

import dev.headroom.model.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * What one file declares: the suppressions it writes (inline comments, resource Metadata) and the HR903
 * problems of those that are malformed and therefore suppress nothing.
 */
public record Declared(List<Suppression> suppressions, List<Problem> problems) {

    public static final Declared NONE = new Declared(List.of(), List.of());

    public Declared {
        suppressions = List.copyOf(suppressions);
        problems = List.copyOf(problems);
    }

    public Declared plus(Declared other) {
        if (other.suppressions.isEmpty() && other.problems.isEmpty()) return this;
        List<Suppression> s = new ArrayList<>(suppressions);
        s.addAll(other.suppressions);
        List<Problem> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new Declared(s, p);
    }
}
