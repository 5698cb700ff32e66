package dev.headroom.rules.ecs;

import dev.headroom.model.Located;
import dev.headroom.model.ScalingPolicy;
import dev.headroom.model.ScalingPolicy.Direction;
import dev.headroom.model.Stack;
import dev.headroom.rules.Param;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

@RuleInfo(
        id = "HR202",
        name = "ecs-scale-out-cooldown-too-long",
        severity = Severity.NOTE,
        summary = "ECS scale-out cooldown longer than `max` seconds: the service stays short during a ramp.",
        whatItDoes = """
                Reports an ECS scaling policy whose effective scale-out cooldown is above `max` (default 120 s): \
                a target-tracking policy's `ScaleOutCooldown` (300 s when not set) or the `Cooldown` of a \
                step-scaling policy that adds capacity.""",
        whyIsThisBad = """
                A new Fargate task needs 30–60 seconds to pull its image and pass health checks. With a 300-second \
                cooldown a load that keeps rising gets one step of capacity every five minutes, and requests queue \
                or fail in between.""",
        example = """
                ```yaml
                      TargetTrackingScalingPolicyConfiguration:
                        TargetValue: 50
                        PredefinedMetricSpecification:
                          PredefinedMetricType: ECSServiceAverageCPUUtilization
                ```""",
        useInstead = """
                Set the scale-out cooldown explicitly to about the time a task needs to start.
                ```yaml
                        ScaleOutCooldown: 60
                ```""",
        tags = {"ecs", "autoscaling", "cooldown"},
        params = @Param(name = "max", defaultValue = "120", description = "Longest acceptable scale-out cooldown, in seconds."),
        references = {"https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html#target-tracking-cooldown"})
public final class EcsScaleOutCooldownTooLong implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        int max = ctx.intParam("max");
        for (ScalingPolicy p : stack.scalingPolicies()) {
            if (!Cooldowns.scalesEcs(stack, p)) continue;
            Located<Integer> out = switch (p.type()) {
                case TARGET_TRACKING -> p.scaleOutCooldown();
                case STEP_SCALING -> p.direction() == Direction.OUT ? p.cooldown() : null;
                default -> null;
            };
            if (out == null || out.isUnknown() || out.value() <= max) continue;
            ctx.report(p.origin(), "ScaleOutCooldown", out, String.format(
                    "Scale-out cooldown %d s%s of %s is longer than %d s; a new task starts in 30–60 s, so the service "
                            + "stays short during a ramp. Set %s to about 60 s",
                    out.value(), out.defaulted() ? " (the default)" : "", Cooldowns.describe(p), max,
                    p.type() == ScalingPolicy.Type.STEP_SCALING ? "Cooldown" : "ScaleOutCooldown"));
        }
    }
}
