package dev.headroom.rules.ecs;

import dev.headroom.fix.Applicability;
import dev.headroom.fix.Change;
import dev.headroom.model.Located;
import dev.headroom.model.Related;
import dev.headroom.model.ScalingPolicy;
import dev.headroom.model.ScalingPolicy.Direction;
import dev.headroom.model.Stack;
import dev.headroom.rules.Candidates;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.List;
import java.util.stream.Collectors;

@RuleInfo(
        id = "HR201",
        name = "ecs-scale-out-cooldown-longer-than-scale-in",
        severity = Severity.WARNING,
        summary = "ECS scaling waits longer to add tasks than to remove them.",
        whatItDoes = """
                For one scalable target, compares the effective cooldown after scaling out with the one after \
                scaling in. Target tracking: `ScaleOutCooldown` against `ScaleInCooldown` of the same policy \
                (Application Auto Scaling defaults both to 300 s). Step scaling: the `Cooldown` of the policy \
                whose steps add capacity against the policy whose steps remove it. Either cooldown may be one of \
                a few values (an `Fn::If` on a condition known only at deploy time, a parameter with \
                `AllowedValues` and no default): the rule then reports only when every scale-out value is longer \
                than every scale-in value.""",
        whyIsThisBad = """
                The asymmetry is backwards: the service reacts slowly to a rising load, when being short of \
                tasks means errors and latency, and quickly to a falling one, when extra tasks only cost a little \
                money. During a ramp the service stays under-provisioned for the whole scale-out cooldown.""",
        example = """
                ```yaml
                  CpuScaling:
                    Type: AWS::ApplicationAutoScaling::ScalingPolicy
                    Properties:
                      PolicyType: TargetTrackingScaling
                      TargetTrackingScalingPolicyConfiguration:
                        TargetValue: 60
                        ScaleOutCooldown: 600
                        ScaleInCooldown: 60
                ```""",
        useInstead = """
                Scale out fast and in slowly: a short scale-out cooldown (60 s or less) and a longer scale-in one.
                ```yaml
                        ScaleOutCooldown: 60
                        ScaleInCooldown: 300
                ```""",
        tags = {"ecs", "autoscaling", "cooldown"},
        fix = Applicability.UNSAFE,
        fixSummary = "swaps the two cooldowns, writing out a default it relies on (300 s), so that scale-out is the "
                + "shorter; for step scaling only when the target has one scale-in policy; none when either cooldown is "
                + "one of a few values.",
        references = {"https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html",
                "https://docs.aws.amazon.com/autoscaling/application/userguide/step-scaling-policy-overview.html"})
public final class EcsScaleOutCooldownLongerThanScaleIn implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (ScalingPolicy p : stack.scalingPolicies()) {
            if (p.type() != ScalingPolicy.Type.TARGET_TRACKING || !Cooldowns.scalesEcs(stack, p)) continue;
            Located<Integer> out = p.scaleOutCooldown();
            Located<Integer> in = p.scaleInCooldown();
            RuleContext fixing = out == null || in == null || out.isUnknown() || in.isUnknown() ? ctx : ctx.withFix(
                    Change.set(out, p.origin(), in.value(), Cooldowns.TRACKING, "ScaleOutCooldown"),
                    Change.set(in, p.origin(), out.value(), Cooldowns.TRACKING, "ScaleInCooldown"));
            report(fixing, p, out, p, in);
        }
        // Step scaling: compare each scale-out policy with each scale-in policy of the same target.
        for (ScalingPolicy out : stack.scalingPolicies()) {
            if (out.type() != ScalingPolicy.Type.STEP_SCALING || out.direction() != Direction.OUT
                    || out.targetId() == null || !Cooldowns.scalesEcs(stack, out)) continue;
            List<ScalingPolicy> ins = stack.policiesOf(out.targetId()).stream()
                    .filter(q -> q.type() == ScalingPolicy.Type.STEP_SCALING && q.direction() == Direction.IN).toList();
            for (ScalingPolicy in : ins) {
                // Swapping with one of several scale-in policies could leave another one shorter: no fix then.
                boolean swappable = ins.size() == 1 && known(out.cooldown()) && known(in.cooldown());
                report(swappable ? ctx.withFix(
                        Change.set(out.cooldown(), out.origin(), in.cooldown().value(), Cooldowns.STEP, "Cooldown"),
                        Change.set(in.cooldown(), in.origin(), out.cooldown().value(), Cooldowns.STEP, "Cooldown")) : ctx,
                        out, out.cooldown(), in, in.cooldown());
            }
        }
    }

    private static boolean known(Located<Integer> v) {
        return v != null && v.known();
    }

    private static void report(RuleContext ctx, ScalingPolicy outPolicy, Located<Integer> out,
                               ScalingPolicy inPolicy, Located<Integer> in) {
        // Either cooldown may be one of a few values: judged against the longest scale-in cooldown, so the rule
        // fires only when every combination scales out more slowly than in.
        Integer inLongest = Candidates.mostLenient(in, false);
        if (inLongest == null) return;
        Located<Integer> at = Candidates.whenAllViolate(out, v -> v > inLongest);
        if (at == null) return;
        String outText = out.defaulted() ? at.value() + " s (the default)" : at.value() + " s" + Candidates.note(out, " s");
        String inText = in.defaulted() ? in.value() + " s (the default)" : in.value() + " s";
        String inPhrase = in.known() ? "the scale-in cooldown " + inText : "every scale-in cooldown the template "
                + "allows (" + in.candidates().stream().map(c -> c.value() + " s").collect(Collectors.joining(", ")) + ")";
        String where = outPolicy == inPolicy ? "" : " of " + Cooldowns.describe(inPolicy);
        List<Related> related = in.known() ? List.of(new Related(in.source(), "scale-in cooldown " + inText))
                : Candidates.whereWritten(in, "scale-in cooldown", " s");
        ctx.report(outPolicy.origin(), "ScaleOutCooldown", at, String.format(
                        "Scale-out cooldown %s of %s is longer than %s%s; "
                                + "the service adds tasks more slowly than it removes them. Make scale-out the shorter one",
                        outText, Cooldowns.describe(outPolicy), inPhrase, where),
                related.toArray(Related[]::new));
    }
}
