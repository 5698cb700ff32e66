package dev.headroom.model;

/**
 * An ECS service.
 *
 * @param launchType        {@code FARGATE}, {@code EC2}, {@code EXTERNAL}; for capacity-provider strategies, the
 *                          provider ({@code FARGATE}, {@code FARGATE_SPOT}) when known; null when not set
 * @param desiredCount      null when absent
 * @param taskDefinitionId  logical id of the task definition in this stack, or null
 * @param circuitBreaker    true when {@code DeploymentCircuitBreaker} is enabled with rollback; null when absent
 * @param deploymentController {@code ECS} (default), {@code CODE_DEPLOY}, {@code EXTERNAL}
 * @param loadBalanced      true when the service registers with a load balancer (whose health check replaces hung tasks)
 * @param deploymentConfiguration where {@code DeploymentConfiguration} is written, or null when absent
 */
public record EcsService(Origin origin, Located<String> launchType, Located<Integer> desiredCount,
                         String taskDefinitionId, Located<Boolean> circuitBreaker,
                         Located<String> deploymentController, boolean loadBalanced,
                         Source deploymentConfiguration) {
    public String id() {
        return origin.logicalId();
    }
}
