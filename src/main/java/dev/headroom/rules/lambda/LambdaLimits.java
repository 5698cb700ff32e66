package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;

/**
 * Lambda's hard limits, by compute type. Functions on Lambda Managed Instances ({@code CapacityProviderConfig})
 * run on EC2 capacity: their memory goes from 2 GB to 32 GB, while the 15-minute timeout is the same.
 */
public record LambdaLimits(String platform, int maxTimeout, int minMemory, int maxMemory, int minEphemeral,
                           int maxEphemeral) {

    public static final LambdaLimits DEFAULT = new LambdaLimits("Lambda", 900, 128, 10240, 512, 10240);
    public static final LambdaLimits MANAGED_INSTANCES =
            new LambdaLimits("Lambda Managed Instances", 900, 2048, 32768, 512, 10240);

    public static LambdaLimits of(LambdaFunction fn) {
        return fn.onManagedInstances() ? MANAGED_INSTANCES : DEFAULT;
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
