package dev.headroom.rules;

import dev.headroom.rules.ecs.EcsAutoscalingFixedCapacity;
import dev.headroom.rules.ecs.EcsMissingDeploymentCircuitBreaker;
import dev.headroom.rules.ecs.EcsMissingHealthCheck;
import dev.headroom.rules.ecs.EcsMissingLogConfiguration;
import dev.headroom.rules.ecs.EcsServiceWithoutAutoscaling;
import dev.headroom.rules.ecs.EcsScaleOutCooldownLongerThanScaleIn;
import dev.headroom.rules.ecs.EcsScaleOutCooldownTooLong;
import dev.headroom.rules.ecs.FargateInvalidTaskSize;
import dev.headroom.rules.fit.ComputeFitForDeclaredTraffic;
import dev.headroom.rules.fit.EcsIdleEventWorker;
import dev.headroom.rules.fit.LambdaProvisionedConcurrencyCost;
import dev.headroom.rules.integration.ApiTimeoutOverIntegrationLimit;
import dev.headroom.rules.integration.LambdaDatabaseOutsideVpc;
import dev.headroom.rules.integration.LambdaRdsWithoutProxy;
import dev.headroom.rules.integration.SqsVisibilityBelowFunctionTimeout;
import dev.headroom.rules.integration.SqsVisibilityBelowRecommended;
import dev.headroom.rules.integration.StreamMappingWithoutFailureHandling;
import dev.headroom.rules.lambda.LambdaCatchAllProxy;
import dev.headroom.rules.lambda.LambdaDeprecatedRuntime;
import dev.headroom.rules.lambda.LambdaEphemeralStorageOutOfRange;
import dev.headroom.rules.lambda.LambdaMemoryOutOfRange;
import dev.headroom.rules.lambda.LambdaMissingProvisionedConcurrency;
import dev.headroom.rules.lambda.LambdaProvisionedConcurrencyMisconfigured;
import dev.headroom.rules.lambda.LambdaReservedConcurrencyOverAccount;
import dev.headroom.rules.lambda.LambdaTimeoutNearLimit;
import dev.headroom.rules.lambda.LambdaTimeoutOverLimit;
import dev.headroom.rules.tool.InvalidAnnotation;
import dev.headroom.rules.tool.ParseError;
import dev.headroom.rules.tool.UnresolvedValue;
import dev.headroom.rules.tool.UnusedSuppression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule headroom ships, listed here once (no classpath scanning, so start-up stays fast), in id order.
 */
public final class Registry {

    private static final List<Rule> ALL = sortedById(
                    new LambdaTimeoutOverLimit(),
                    new LambdaTimeoutNearLimit(),
                    new LambdaMemoryOutOfRange(),
                    new LambdaEphemeralStorageOutOfRange(),
                    new LambdaMissingProvisionedConcurrency(),
                    new LambdaProvisionedConcurrencyMisconfigured(),
                    new LambdaDeprecatedRuntime(),
                    new LambdaReservedConcurrencyOverAccount(),
                    new LambdaCatchAllProxy(),
                    new EcsScaleOutCooldownLongerThanScaleIn(),
                    new EcsScaleOutCooldownTooLong(),
                    new EcsAutoscalingFixedCapacity(),
                    new EcsServiceWithoutAutoscaling(),
                    new FargateInvalidTaskSize(),
                    new EcsMissingLogConfiguration(),
                    new EcsMissingDeploymentCircuitBreaker(),
                    new EcsMissingHealthCheck(),
                    new LambdaRdsWithoutProxy(),
                    new LambdaDatabaseOutsideVpc(),
                    new ApiTimeoutOverIntegrationLimit(),
                    new SqsVisibilityBelowFunctionTimeout(),
                    new SqsVisibilityBelowRecommended(),
                    new StreamMappingWithoutFailureHandling(),
                    new LambdaProvisionedConcurrencyCost(),
                    new EcsIdleEventWorker(),
                    new ComputeFitForDeclaredTraffic(),
                    new ParseError(),
                    new UnresolvedValue(),
                    new UnusedSuppression(),
                    new InvalidAnnotation());

    private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

    static {
        for (Rule r : ALL) {
            if (BY_ID.put(r.meta().id(), r) != null) throw new IllegalStateException("duplicate rule id " + r.meta().id());
        }
    }

    private Registry() {
    }

    /** The rules in id order: an insertion sort, as streams and comparators would be start-up work for 30 items. */
    private static List<Rule> sortedById(Rule... rules) {
        for (int i = 1; i < rules.length; i++) {
            Rule r = rules[i];
            int j = i;
            for (; j > 0 && rules[j - 1].meta().id().compareTo(r.meta().id()) > 0; j--) rules[j] = rules[j - 1];
            rules[j] = r;
        }
        return List.of(rules);
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Rule byId(String id) {
        return BY_ID.get(id);
    }

    /** A rule by id or by name ({@code HR102} or {@code lambda-timeout-near-limit}), or null. */
    public static Rule lookup(String idOrName) {
        Rule r = BY_ID.get(idOrName.toUpperCase(java.util.Locale.ROOT));
        if (r != null) return r;
        for (Rule x : ALL) if (x.meta().name().equals(idOrName)) return x;
        return null;
    }
}
