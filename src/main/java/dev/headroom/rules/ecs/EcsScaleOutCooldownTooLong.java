package dev.headroom.rules.ecs;

import dev.headroom.model.Located;
import dev.headroom.model.ScalingPolicy;
import dev.headroom.model.ScalingPolicy.Direction;
import dev.headroom.fix.Applicability;
import dev.headroom.fix.Change;
import dev.headroom.model.Stack;
import dev.headroom.rules.Candidates;
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
        fix = Applicability.UNSAFE,
        fixSummary = "sets the scale-out cooldown to 60 s (or `max`, if lower), inserting it when the policy relies on "
                + "the 300 s default.",
        params = @Param(name = "max", defaultValue = "120", description = "Longest acceptable scale-out cooldown, in seconds."),
        references = {"https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html#target-tracking-cooldown"})
public final class EcsScaleOutCooldownTooLong implements Rule {

    /** About the time a Fargate task needs to start: what the fix sets. */
    static final int SUGGESTED = 60;

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
            Located<Integer> at = Candidates.whenAllViolate(out, v -> v > max);
            if (at == null) continue;
            String message = String.format(
                    "Scale-out cooldown %d s%s of %s is longer than %d s; a new task starts in 30–60 s, so the service "
                            + "stays short during a ramp. Set %s to about 60 s",
                    at.value(), out.defaulted() ? " (the default)" : Candidates.note(out, " s"), Cooldowns.describe(p), max,
                    p.type() == ScalingPolicy.Type.STEP_SCALING ? "Cooldown" : "ScaleOutCooldown");
            if (out.isUnknown()) {
                // One edit cannot mend every branch or allowed value: no fix.
                ctx.report(p.origin(), "ScaleOutCooldown", at, message);
                continue;
            }
            Change change = p.type() == ScalingPolicy.Type.TARGET_TRACKING
                    ? Change.set(out, p.origin(), Math.min(SUGGESTED, max), Cooldowns.TRACKING, "ScaleOutCooldown")
                    : Change.set(out, p.origin(), Math.min(SUGGESTED, max), Cooldowns.STEP, "Cooldown");
            ctx.withFix(change).report(p.origin(), "ScaleOutCooldown", out, message);
        }
    }
}
