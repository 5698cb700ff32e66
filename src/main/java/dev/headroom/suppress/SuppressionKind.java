package dev.headroom.suppress;

import java.util.Locale;

/** The four places a suppression can be written. SARIF calls the first two {@code inSource}, the others {@code external}. */
public enum SuppressionKind {
    /** A {@code # headroom: ignore[...]} comment in a YAML file. */
    INLINE,
    /** A resource's {@code Metadata: headroom: ignore: [...]} (CloudFormation, SAM, CDK {@code addMetadata}). */
    METADATA,
    /** An {@code ignore:} entry of the configuration file. */
    CONFIG,
    /** An entry of a baseline file (or a finding of a previous SARIF report). */
    BASELINE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** SARIF 2.1.0 §3.35.2: {@code inSource} for a construct of the scanned file itself, else {@code external}. */
    public String sarifKind() {
        return this == INLINE || this == METADATA ? "inSource" : "external";
    }
}
