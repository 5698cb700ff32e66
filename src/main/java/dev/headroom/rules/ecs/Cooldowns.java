package dev.headroom.rules.ecs;

import dev.headroom.model.ScalableTarget;
import dev.headroom.model.ScalingPolicy;
import dev.headroom.model.Stack;

import java.util.Optional;

/** Shared reading of scaling policies for the cooldown rules. */
final class Cooldowns {

    private Cooldowns() {
    }

    /** True unless the policy's target is known to scale something other than ECS. */
    static boolean scalesEcs(Stack stack, ScalingPolicy p) {
        Optional<ScalableTarget> t = stack.scalableTarget(p.targetId());
        return t.isEmpty() || t.get().serviceNamespace() == null || t.get().serviceNamespace().equals("ecs");
    }

    /** Where a target-tracking and a step-scaling policy keep their cooldowns, under the resource. */
    static final String[] TRACKING = {"Properties", "TargetTrackingScalingPolicyConfiguration"};
    static final String[] STEP = {"Properties", "StepScalingPolicyConfiguration"};

    static String describe(ScalingPolicy p) {
        return "policy " + p.origin().label();
    }
}
