package dev.headroom.model;

/** Another place that explains a finding or a value: where a value was inherited from, the other side of a relation. */
public record Related(Source source, String message) {
}
