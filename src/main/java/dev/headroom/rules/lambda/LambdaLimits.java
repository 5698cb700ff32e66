package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Stack;
import dev.headroom.model.Trigger;

/**
 * Lambda's hard limits, by compute type. Functions on Lambda Managed Instances ({@code CapacityProviderConfig})
 * run on EC2 capacity: their memory goes from 2 GB to 32 GB, and asynchronous and event-source-mapping
 * invocations may run 5,400 s; synchronous invocations and Amazon MQ and DocumentDB mappings keep 900 s (AWS,
 * "Configure Lambda function timeout").
 *
 * @param qualifier why this limit applies, for messages ("" when the platform says it all)
 */
public record LambdaLimits(String platform, int maxTimeout, int minMemory, int maxMemory, int minEphemeral,
                           int maxEphemeral, String qualifier) {

    public static final int MAX_TIMEOUT = 900;
    public static final int MANAGED_INSTANCES_MAX_TIMEOUT = 5400;

    public static final LambdaLimits DEFAULT = new LambdaLimits("Lambda", MAX_TIMEOUT, 128, 10240, 512, 10240, "");
    public static final LambdaLimits MANAGED_INSTANCES = new LambdaLimits("Lambda Managed Instances",
            MANAGED_INSTANCES_MAX_TIMEOUT, 2048, 32768, 512, 10240, "");

    /** Memory and storage limits, which do not depend on how the function is invoked. */
    public static LambdaLimits of(LambdaFunction fn) {
        return fn.onManagedInstances() ? MANAGED_INSTANCES : DEFAULT;
    }

    /** All limits, the timeout one by the function's callers in {@code stack}. */
    public static LambdaLimits of(Stack stack, LambdaFunction fn) {
        if (!fn.onManagedInstances()) return DEFAULT;
        for (Trigger t : stack.triggersOf(fn.id())) {
            if (!t.kind().limitsManagedInstancesTo900()) continue;
            String why = t.kind().synchronousHttp() ? "invoked synchronously by " + t.kind().title()
                    : "invoked by an " + t.kind().title() + " mapping";
            return new LambdaLimits(MANAGED_INSTANCES.platform(), MAX_TIMEOUT, MANAGED_INSTANCES.minMemory(),
                    MANAGED_INSTANCES.maxMemory(), MANAGED_INSTANCES.minEphemeral(), MANAGED_INSTANCES.maxEphemeral(),
                    " for a function " + why);
        }
        return MANAGED_INSTANCES;
    }

    /**
     * A whole number as a message shows it: readers keep a number too large for an int (a timeout of
     * 3000000000) as {@link Integer#MAX_VALUE}, which is not what the user wrote.
     */
    public static String shown(int value) {
        if (value == Integer.MAX_VALUE) return "over " + (Integer.MAX_VALUE - 1);
        if (value == Integer.MIN_VALUE) return "under " + (Integer.MIN_VALUE + 1);
        return Integer.toString(value);
    }
}
