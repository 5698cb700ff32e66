package dev.headroom.model;

import java.util.List;

/**
 * An RDS Proxy with the databases its target groups register (logical ids of instances and clusters).
 */
public record DbProxy(Origin origin, List<String> targetIds) {
    public DbProxy {
        targetIds = List.copyOf(targetIds);
    }

    public String id() {
        return origin.logicalId();
    }
}
