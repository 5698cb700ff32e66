package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.rules.Candidates;
import dev.headroom.fix.Applicability;
import dev.headroom.fix.Change;
import dev.headroom.model.Stack;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

@RuleInfo(
        id = "HR104",
        name = "lambda-ephemeral-storage-out-of-range",
        severity = Severity.ERROR,
        summary = "Lambda ephemeral storage (/tmp) outside 512–10240 MB: the deployment fails.",
        whatItDoes = """
                Reports a function whose `EphemeralStorage.Size` (`ephemeralStorageSize` in serverless.yml) is \
                below 512 MB or above 10240 MB.""",
        whyIsThisBad = """
                Lambda rejects the value and the deployment fails. Needing more than 10 GB of scratch space is a \
                sign that the job wants a container with attached storage or streaming I/O to S3.""",
        example = """
                ```yaml
                      EphemeralStorage:
                        Size: 20480
                ```""",
        useInstead = """
                Keep `/tmp` within 512–10240 MB, stream large objects from S3, mount EFS, or run the job on \
                ECS/Fargate with up to 200 GB of ephemeral storage.
                ```yaml
                      EphemeralStorage:
                        Size: 10240
                ```""",
        tags = {"lambda", "limits", "storage"},
        fix = Applicability.UNSAFE,
        fixSummary = "clamps the ephemeral storage size to the nearest end of the valid range.",
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html"})
public final class LambdaEphemeralStorageOutOfRange implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (LambdaFunction fn : stack.functions()) {
            LambdaLimits limits = LambdaLimits.of(fn);
            Located<Integer> at = Candidates.whenAllViolate(fn.ephemeralStorage(),
                    s -> s < limits.minEphemeral() || s > limits.maxEphemeral());
            if (at == null) continue;
            int size = at.value();
            String detail = String.format("ephemeral storage %s MB%s is outside the range of %d–%d MB; the deployment fails",
                    LambdaLimits.shown(size), Candidates.note(fn.ephemeralStorage(), " MB"),
                    limits.minEphemeral(), limits.maxEphemeral());
            if (fn.ephemeralStorage().known()) {
                int clamped = Math.max(limits.minEphemeral(), Math.min(limits.maxEphemeral(), size));
                ctx.withFix(Change.set(fn.ephemeralStorage(), fn.origin(), clamped, "Properties", "EphemeralStorage", "Size"))
                        .reportOn("Function", fn.origin(), "EphemeralStorage", at, detail);
            } else {
                // One edit cannot mend every branch or allowed value: no fix.
                ctx.reportOn("Function", fn.origin(), "EphemeralStorage", at, detail);
            }
        }
    }
}
