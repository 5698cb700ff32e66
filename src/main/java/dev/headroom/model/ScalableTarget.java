package dev.headroom.model;

/**
 * An Application Auto Scaling scalable target.
 *
 * @param serviceNamespace {@code ecs}, {@code lambda}, {@code dynamodb}, ...
 * @param ecsServiceId     logical id of the ECS service in this stack it scales, when it can be told; else null
 */
public record ScalableTarget(Origin origin, String serviceNamespace, String ecsServiceId,
                             Located<Integer> minCapacity, Located<Integer> maxCapacity) {
    public String id() {
        return origin.logicalId();
    }
}
