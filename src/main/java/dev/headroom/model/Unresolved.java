package dev.headroom.model;

/** A value a reader met and could not resolve statically; HR901 reports those a rule needed. */
public record Unresolved(String what, Source source, String reason) {
}
