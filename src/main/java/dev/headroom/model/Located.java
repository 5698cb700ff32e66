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
 */
public record Located<T>(T value, Source source, List<Related> related, boolean defaulted, String unknownReason) {

    public Located {
        Objects.requireNonNull(source, "source");
        related = List.copyOf(related);
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
        return new Located<>(value, source, all, defaulted, unknownReason);
    }

    public Located<T> withRelated(List<Related> more) {
        List<Related> all = new ArrayList<>(related);
        for (Related r : more) if (!all.contains(r)) all.add(r);
        return new Located<>(value, source, all, defaulted, unknownReason);
    }

    /** Converts a known value; a conversion that returns null makes the value unknown with {@code reason}. */
    public <R> Located<R> map(Function<? super T, ? extends R> f, String reason) {
        if (value == null) return new Located<>(null, source, related, defaulted, unknownReason);
        R r = f.apply(value);
        if (r == null) return new Located<>(null, source, related, defaulted, reason);
        return new Located<>(r, source, related, defaulted, null);
    }
}
