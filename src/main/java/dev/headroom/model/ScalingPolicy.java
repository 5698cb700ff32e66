package dev.headroom.model;

/**
 * An Application Auto Scaling policy.
 *
 * <p>Target tracking: {@code scaleOutCooldown} and {@code scaleInCooldown} (AWS default 300 s each,
 * defaulted values point at the policy). Step scaling: {@code cooldown} and {@code direction}, which is
 * {@link Direction#OUT} when every step adds capacity, {@link Direction#IN} when every step removes it.
 *
 * @param targetId logical id of the scalable target in this stack, or null when it cannot be told
 * @param metric   the predefined metric type or custom metric name, when known (queue depth, CPU, ...)
 */
public record ScalingPolicy(Origin origin, String targetId, Type type,
                            Located<Integer> scaleOutCooldown, Located<Integer> scaleInCooldown,
                            Located<Integer> cooldown, Direction direction, String metric) {

    public enum Type { TARGET_TRACKING, STEP_SCALING, OTHER }

    public enum Direction { OUT, IN, MIXED, UNKNOWN }
}
