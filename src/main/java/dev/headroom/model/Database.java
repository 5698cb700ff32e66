package dev.headroom.model;

/** An RDS DB instance or Aurora DB cluster. {@code publiclyAccessible} defaults to false. */
public record Database(Origin origin, Kind kind, Located<String> engine, Located<Boolean> publiclyAccessible,
                       String clusterId) {

    public enum Kind { INSTANCE, CLUSTER }

    public String id() {
        return origin.logicalId();
    }
}
