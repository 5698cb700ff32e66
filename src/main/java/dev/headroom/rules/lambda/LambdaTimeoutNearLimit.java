package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.Stack;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import dev.headroom.rules.Candidates;
import dev.headroom.rules.Param;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.List;

@RuleInfo(
        id = "HR102",
        name = "lambda-timeout-near-limit",
        severity = Severity.WARNING,
        summary = "Lambda timeout close to the 15-minute maximum: long work belongs in ECS or Step Functions.",
        whatItDoes = """
                Reports a function whose effective timeout is at least `threshold` seconds (default 720, 80 % of \
                the 900-second maximum) and at most 900 seconds. Durable functions (`DurableConfig`) are left \
                alone: they checkpoint and resume across invocations, which is the remedy this rule recommends.

                Functions on Lambda Managed Instances that may run up to 5,400 seconds (no synchronous trigger, \
                no Amazon MQ or DocumentDB mapping; see HR101) are reported from `managedInstancesThreshold` \
                (default 4,320 s) up to 5,400 s instead.

                Functions whose only callers in the template are CloudFormation custom resources (a \
                `ServiceToken` of an `AWS::CloudFormation::CustomResource` or `Custom::*` resource, or a CDK \
                provider framework that such a resource calls) are deploy-time helpers: long work during a \
                deployment is what they do, and they are not reported. A function that anything else may invoke \
                too (an EventBridge rule, a permission for another service, an API) is still reported.""",
        whyIsThisBad = """
                A function that needs almost 15 minutes has no room to grow: when the input gets a little bigger \
                it is killed mid-work, with no checkpoint, and retried from the start. Long invocations are also \
                the most expensive way to buy compute time, and a synchronous caller cannot wait that long.""",
        example = """
                ```yaml
                Globals:
                  Function:
                    Timeout: 890
                ```""",
        useInstead = """
                Split the work into steps (Step Functions, or SQS batches that each finish well within the limit), \
                or run it as an ECS/Fargate task that has no time limit.
                ```yaml
                Globals:
                  Function:
                    Timeout: 120
                ```""",
        tags = {"lambda", "limits", "timeout"},
        params = {@Param(name = "threshold", defaultValue = "720",
                description = "Timeout in seconds from which the rule reports (80 % of 900 by default)."),
                @Param(name = "managedInstancesThreshold", defaultValue = "4320",
                        description = "Timeout in seconds from which the rule reports on a Lambda Managed Instances "
                                + "function that may run up to 5,400 s (80 % of 5,400 by default).")},
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html",
                "https://docs.aws.amazon.com/step-functions/latest/dg/welcome.html"})
public final class LambdaTimeoutNearLimit implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (LambdaFunction fn : stack.functions()) {
            LambdaLimits limits = LambdaLimits.of(stack, fn);
            int threshold = limits.maxTimeout() > LambdaLimits.MAX_TIMEOUT
                    ? ctx.intParam("managedInstancesThreshold") : ctx.intParam("threshold");
            if (fn.isDurable() || onlyCustomResources(stack, fn)) continue;
            Located<Integer> at = Candidates.whenAllViolate(fn.timeout(),
                    t -> t >= threshold && t <= limits.maxTimeout());
            if (at != null) {
                int timeout = at.value();
                String where = timeout == limits.maxTimeout()
                        ? String.format("is %s's %d s maximum", limits.platform(), limits.maxTimeout())
                        : String.format("is within %d s of %s's %d s maximum", limits.maxTimeout() - timeout,
                                limits.platform(), limits.maxTimeout());
                ctx.reportOn("Function", fn.origin(), "Timeout", at, String.format(
                        "timeout %d s%s %s%s (threshold %d s); move long work to an ECS task, a Step "
                                + "Functions workflow or a durable function", timeout,
                        Candidates.note(fn.timeout(), " s"), where, limits.qualifier(), threshold));
            }
        }
    }

    /** Called by custom resources only: a deploy-time helper, for which long work is the job. */
    private static boolean onlyCustomResources(Stack stack, LambdaFunction fn) {
        List<Trigger> callers = stack.triggersOf(fn.id());
        return !callers.isEmpty() && callers.stream().allMatch(t -> t.kind() == TriggerKind.CUSTOM_RESOURCE);
    }
}
