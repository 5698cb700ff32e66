package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.Stack;
import dev.headroom.rules.Candidates;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

@RuleInfo(
        id = "HR101",
        name = "lambda-timeout-over-limit",
        severity = Severity.ERROR,
        summary = "Lambda timeout above the 900-second maximum: the deployment fails.",
        whatItDoes = """
                Reports a function whose effective timeout (after defaults, SAM `Globals`, Serverless `provider` \
                inheritance and parameter defaults) is above 900 seconds, the most Lambda allows.

                Functions on Lambda Managed Instances (`CapacityProviderConfig`) may run up to 5,400 seconds \
                (90 minutes) when invoked asynchronously or by an event source mapping: they are reported above \
                5,400 s, and above 900 s only when the template gives them a synchronous trigger (API Gateway, an \
                Application Load Balancer, a function URL) or an Amazon MQ or Amazon DocumentDB mapping, which keep \
                the 900-second limit.""",
        whyIsThisBad = """
                Lambda rejects the configuration, so the stack update fails and rolls back. A timeout this long \
                also says the work does not fit Lambda: no invocation can run longer than 15 minutes.""",
        example = """
                ```yaml
                Resources:
                  Report:
                    Type: AWS::Lambda::Function
                    Properties:
                      Timeout: 1800
                ```""",
        useInstead = """
                Keep the timeout at or below 900 seconds, and move work that runs longer to an ECS/Fargate task \
                or split it into steps orchestrated by Step Functions.
                ```yaml
                      Timeout: 300
                ```""",
        tags = {"lambda", "limits", "timeout"},
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
                "https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html"})
public final class LambdaTimeoutOverLimit implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (LambdaFunction fn : stack.functions()) {
            LambdaLimits limits = LambdaLimits.of(stack, fn);
            Located<Integer> at = Candidates.whenAllViolate(fn.timeout(), t -> t > limits.maxTimeout());
            if (at == null) continue;
            int timeout = at.value();
            String every = Candidates.note(fn.timeout(), " s");
            if (limits.qualifier().isEmpty()) {
                ctx.reportOn("Function", fn.origin(), "Timeout", at, String.format(
                        "timeout %s s%s is above %s's maximum of %d s; the deployment fails. "
                                + "Move long work to an ECS task or a Step Functions workflow",
                        LambdaLimits.shown(timeout), every, limits.platform(), limits.maxTimeout()));
            } else {
                ctx.reportOn("Function", fn.origin(), "Timeout", at, String.format(
                        "timeout %s s%s is above %s's maximum of %d s%s: those invocations cannot run "
                                + "that long. Lower the timeout to %d s, or invoke the long work asynchronously",
                        LambdaLimits.shown(timeout), every, limits.platform(), limits.maxTimeout(),
                        limits.qualifier(), limits.maxTimeout()));
            }
        }
    }
}
