package dev.headroom.model;

/** Another place that explains a finding or a value: where a value was inherited from, the other side of a relation. */
public record Related(Source source, String message) {

    // Written out for the reason given in Source: findings de-duplicate their related locations.
    @Override
    public boolean equals(Object o) {
        return o instanceof Related r && java.util.Objects.equals(source, r.source) && java.util.Objects.equals(message, r.message);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(source) * 31 + java.util.Objects.hashCode(message);
    }
}
