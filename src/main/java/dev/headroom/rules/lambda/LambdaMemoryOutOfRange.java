package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.fix.Applicability;
import dev.headroom.fix.Change;
import dev.headroom.model.Stack;
import dev.headroom.rules.Candidates;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

@RuleInfo(
        id = "HR103",
        name = "lambda-memory-out-of-range",
        severity = Severity.ERROR,
        summary = "Lambda memory outside 128–10240 MB (2048–32768 MB on Managed Instances): the deployment fails.",
        whatItDoes = """
                Reports a function whose effective memory size is below 128 MB or above 10240 MB. Functions on \
                Lambda Managed Instances (`CapacityProviderConfig`) are checked against 2048–32768 MB instead.""",
        whyIsThisBad = """
                Lambda rejects the value and the deployment fails. Memory also sets the CPU share, so a value at \
                the edge usually means the sizing was never measured.""",
        example = """
                ```yaml
                Resources:
                  Resize:
                    Type: AWS::Serverless::Function
                    Properties:
                      MemorySize: 16384
                ```""",
        useInstead = """
                Choose a size in range; measure with Lambda Power Tuning. Work that needs more memory than \
                10 GB fits an ECS/Fargate task (up to 120 GB) or Lambda Managed Instances.
                ```yaml
                      MemorySize: 4096
                ```""",
        tags = {"lambda", "limits", "memory"},
        fix = Applicability.UNSAFE,
        fixSummary = "clamps `MemorySize` to the nearest end of the valid range.",
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html",
                "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"})
public final class LambdaMemoryOutOfRange implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (LambdaFunction fn : stack.functions()) {
            LambdaLimits limits = LambdaLimits.of(fn);
            Located<Integer> at = Candidates.whenAllViolate(fn.memorySize(),
                    m -> m < limits.minMemory() || m > limits.maxMemory());
            if (at == null) continue;
            int memory = at.value();
            String detail = String.format("memory %s MB%s is outside %s's range of %d–%d MB; the deployment fails",
                    LambdaLimits.shown(memory), Candidates.note(fn.memorySize(), " MB"), limits.platform(),
                    limits.minMemory(), limits.maxMemory());
            if (fn.memorySize().known()) {
                int clamped = Math.max(limits.minMemory(), Math.min(limits.maxMemory(), memory));
                ctx.withFix(Change.set(fn.memorySize(), fn.origin(), clamped, "Properties", "MemorySize"))
                        .reportOn("Function", fn.origin(), "MemorySize", at, detail);
            } else {
                // One edit cannot mend every branch or allowed value: no fix.
                ctx.reportOn("Function", fn.origin(), "MemorySize", at, detail);
            }
        }
    }
}
