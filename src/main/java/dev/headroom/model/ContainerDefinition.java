package dev.headroom.model;

/** A container of a task definition: what HR206/HR208 need. */
public record ContainerDefinition(String name, Source source, boolean hasLogConfiguration, boolean hasHealthCheck,
                                  boolean essential) {
}
