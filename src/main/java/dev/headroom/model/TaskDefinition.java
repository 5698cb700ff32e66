package dev.headroom.model;

import java.util.List;

/**
 * An ECS task definition. {@code cpu} is in CPU units (1024 = 1 vCPU) and {@code memory} in MiB, after
 * converting the {@code "1 vCPU"}/{@code "2 GB"} forms. {@code fargate} is true when
 * {@code RequiresCompatibilities} includes FARGATE.
 */
public record TaskDefinition(Origin origin, boolean fargate, Located<Integer> cpu, Located<Integer> memory,
                             List<ContainerDefinition> containers) {
    public TaskDefinition {
        containers = List.copyOf(containers);
    }

    public String id() {
        return origin.logicalId();
    }
}
