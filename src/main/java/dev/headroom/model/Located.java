package dev.headroom.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A model value together with where it is written.
 *
 * <p>{@code source} is the place the user edits to change the value (the Globals entry, the parameter
 * default, the serverless.yml line). {@code related} holds the other places that explain it (the function
 * that inherits it, the reference to the parameter). A value is one of three kinds:
 * <ul>
 *   <li>known: {@code value} is set;</li>
 *   <li>defaulted: the platform default applies; {@code source} is the resource that lacks the setting;</li>
 *   <li>unknown: it could not be resolved statically; {@code unknownReason} says why. Rules skip unknowns.</li>
 * </ul>
 * An absent optional setting (no default) is {@code null} where a {@code Located} is expected.
 *
 * <p>An unknown value may still have a bounded set of {@code candidates}, each known and located where the user
 * edits it: the branches of an {@code Fn::If} on a condition that cannot be resolved, the {@code AllowedValues}
 * of a parameter without a default. A rule may fire when every candidate violates it.
 */
public record Located<T>(T value, Source source, List<Related> related, boolean defaulted, String unknownReason,
                         List<Located<T>> candidates) {

    public Located {
        Objects.requireNonNull(source, "source");
        related = List.copyOf(related);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public Located(T value, Source source, List<Related> related, boolean defaulted, String unknownReason) {
        this(value, source, related, defaulted, unknownReason, List.of());
    }

    /** An unknown value that is one of {@code candidates} (each known), whichever the deployment picks. */
    public static <T> Located<T> oneOf(String reason, Source source, List<Located<T>> candidates) {
        return new Located<>(null, source, List.of(), false, Objects.requireNonNull(reason), candidates);
    }

    public static <T> Located<T> of(T value, Source source) {
        return new Located<>(Objects.requireNonNull(value), source, List.of(), false, null);
    }

    public static <T> Located<T> defaulted(T value, Source resource) {
        return new Located<>(Objects.requireNonNull(value), resource, List.of(), true, null);
    }

    public static <T> Located<T> unknown(String reason, Source source) {
        return new Located<>(null, source, List.of(), false, Objects.requireNonNull(reason));
    }

    public boolean known() {
        return value != null;
    }

    public boolean isUnknown() {
        return value == null;
    }

    /** The value if known, else {@code fallback}. */
    public T orElse(T fallback) {
        return value != null ? value : fallback;
    }

    public Located<T> withRelated(Related r) {
        List<Related> all = new ArrayList<>(related);
        if (!all.contains(r)) all.add(r);
        return new Located<>(value, source, all, defaulted, unknownReason,
                candidates.stream().map(c -> c.withRelated(r)).toList());
    }

    public Located<T> withRelated(List<Related> more) {
        List<Related> all = new ArrayList<>(related);
        for (Related r : more) if (!all.contains(r)) all.add(r);
        return new Located<>(value, source, all, defaulted, unknownReason,
                candidates.stream().map(c -> c.withRelated(more)).toList());
    }

    /** Converts a known value; a conversion that returns null makes the value unknown with {@code reason}. */
    public <R> Located<R> map(Function<? super T, ? extends R> f, String reason) {
        if (value == null) {
            // Candidates that do not all convert are no set of candidates of the converted value.
            List<Located<R>> mapped = new ArrayList<>();
            for (Located<T> c : candidates) {
                Located<R> m = c.map(f, reason);
                if (m.isUnknown()) {
                    mapped = List.of();
                    break;
                }
                mapped.add(m);
            }
            return new Located<>(null, source, related, defaulted, unknownReason, mapped);
        }
        R r = f.apply(value);
        if (r == null) return new Located<>(null, source, related, defaulted, reason);
        return new Located<>(r, source, related, defaulted, null);
    }
}
