package dev.headroom.model;

/** An SQS queue; {@code visibilityTimeout} in seconds (SQS default 30). */
public record Queue(Origin origin, Located<Integer> visibilityTimeout) {
    public String id() {
        return origin.logicalId();
    }
}
