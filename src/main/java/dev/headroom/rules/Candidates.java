package dev.headroom.rules;

import dev.headroom.model.Located;
import dev.headroom.model.Related;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Judging a value that may be a set of candidates (the branches of an unresolvable {@code Fn::If}, the
 * {@code AllowedValues} of a parameter without a default): a rule fires only when every candidate violates it.
 */
public final class Candidates {

    private Candidates() {
    }

    /**
     * The value to report when {@code violates} holds for it: a known value itself, or — for an unknown value —
     * its first candidate when every candidate violates, with the others related. Null when the rule must stay
     * silent (no value, an unknown without candidates, or one candidate that is fine).
     */
    public static <T> Located<T> whenAllViolate(Located<T> v, Predicate<T> violates) {
        if (v == null) return null;
        if (v.known()) return violates.test(v.value()) ? v : null;
        List<Located<T>> all = v.candidates();
        if (all.isEmpty() || !all.stream().allMatch(c -> violates.test(c.value()))) return null;
        Located<T> first = all.get(0);
        for (Located<T> other : all.subList(1, all.size())) {
            first = first.withRelated(new Related(other.source(), "the other possible value, " + other.value()
                    + ", is no better"));
        }
        return first;
    }

    /**
     * A value at its most lenient for a comparison: a known value itself, else its smallest ({@code least}) or largest
     * candidate; null when it cannot be told (unknown, no candidates). Comparing the most lenient ends of two sides
     * fires only when every combination the template allows violates — and stays silent when both sides are the
     * same parameter.
     */
    public static <T extends Comparable<T>> T mostLenient(Located<T> v, boolean least) {
        if (v == null) return null;
        if (v.known()) return v.value();
        if (v.candidates().isEmpty()) return null;
        List<T> values = v.candidates().stream().map(Located::value).toList();
        return least ? Collections.min(values) : Collections.max(values);
    }

    /** " (every value the template allows: 1000 s, 1200 s)" for a candidate set, "" for a known value. */
    public static <T> String note(Located<T> v, String unit) {
        if (v == null || v.known() || v.candidates().size() < 2) return "";
        return " (every value the template allows: " + v.candidates().stream().map(c -> c.value() + unit)
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Where a value is written, as related locations: the value itself ({@code "<what> 30 s"}), or each of its
     * candidates ({@code "possible <what> 30 s"}) — the other side of a comparison that a finding names.
     */
    public static <T> List<Related> whereWritten(Located<T> v, String what, String unit) {
        if (v.known()) return List.of(new Related(v.source(), what + " " + v.value() + unit));
        List<Related> all = new ArrayList<>();
        for (Located<T> c : v.candidates()) {
            all.add(new Related(c.source(), "possible " + what + " " + c.value() + unit));
        }
        return all;
    }
}
