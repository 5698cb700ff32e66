package dev.headroom.model;

import java.util.List;

/**
 * A Lambda function after the reader applied its format's defaults, inheritance and resolution.
 * Settings without a platform default ({@code reservedConcurrency}, {@code snapStart}, {@code vpc}) are
 * null when absent.
 *
 * @param managedInstances    true when the function runs on Lambda Managed Instances ({@code CapacityProviderConfig})
 * @param vpc                 the VPC configuration (value: true when subnets are set), null when absent
 * @param provisionedConcurrency provisioned concurrency written on the function itself (SAM, Serverless), or null
 * @param autoPublishAlias    SAM {@code AutoPublishAlias} / a published version (Serverless publishes one), or null
 * @param durable             {@code DurableConfig}: a durable function that checkpoints and resumes across invocations, or null
 */
public record LambdaFunction(
        Origin origin,
        Located<Integer> timeout,
        Located<Integer> memorySize,
        Located<Integer> ephemeralStorage,
        Located<String> runtime,
        Located<String> handler,
        Located<String> architecture,
        Located<String> packageType,
        Located<Boolean> vpc,
        List<EnvVar> environment,
        Located<Integer> reservedConcurrency,
        Located<Integer> provisionedConcurrency,
        Located<String> autoPublishAlias,
        Located<String> snapStart,
        Located<Boolean> managedInstances,
        Located<Boolean> durable) {

    public LambdaFunction {
        environment = List.copyOf(environment);
    }

    /** A function that is not a durable function. */
    public LambdaFunction(Origin origin, Located<Integer> timeout, Located<Integer> memorySize,
                          Located<Integer> ephemeralStorage, Located<String> runtime, Located<String> handler,
                          Located<String> architecture, Located<String> packageType, Located<Boolean> vpc,
                          List<EnvVar> environment, Located<Integer> reservedConcurrency,
                          Located<Integer> provisionedConcurrency, Located<String> autoPublishAlias,
                          Located<String> snapStart, Located<Boolean> managedInstances) {
        this(origin, timeout, memorySize, ephemeralStorage, runtime, handler, architecture, packageType, vpc,
                environment, reservedConcurrency, provisionedConcurrency, autoPublishAlias, snapStart,
                managedInstances, null);
    }

    public boolean isDurable() {
        return durable != null && Boolean.TRUE.equals(durable.value());
    }

    public String id() {
        return origin.logicalId();
    }

    public boolean onManagedInstances() {
        return managedInstances != null && Boolean.TRUE.equals(managedInstances.value());
    }
}
