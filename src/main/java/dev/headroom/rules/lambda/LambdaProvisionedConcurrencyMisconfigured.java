package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.Related;
import dev.headroom.model.Stack;
import dev.headroom.rules.Candidates;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "HR106",
        name = "lambda-provisioned-concurrency-misconfigured",
        severity = Severity.ERROR,
        summary = "Provisioned concurrency without a published version or alias, or above the function's reserved concurrency.",
        whatItDoes = """
                Reports a function whose provisioned concurrency cannot be deployed as written:
                - SAM: `ProvisionedConcurrencyConfig` on an `AWS::Serverless::Function` without `AutoPublishAlias` \
                (SAM then has no alias to attach it to);
                - CloudFormation: `ProvisionedConcurrencyConfig` on an `AWS::Lambda::Function`, where it is not a \
                property — it belongs on an `AWS::Lambda::Alias` or `AWS::Lambda::Version`;
                - any format: the provisioned concurrency of the function's aliases and versions adds up to more \
                than its `ReservedConcurrentExecutions`;
                - any format: provisioned concurrency on a function that runs on Lambda Managed Instances \
                (`CapacityProviderConfig`), which does not support it.""",
        whyIsThisBad = """
                Lambda allocates provisioned concurrency to a published version or an alias, never to `$LATEST`: \
                the deployment fails, or the setting is dropped and the function runs cold. Provisioned \
                concurrency above the reserved concurrency is refused by the API.""",
        example = """
                SAM:
                ```yaml
                  Api:
                    Type: AWS::Serverless::Function
                    Properties:
                      ReservedConcurrentExecutions: 5
                      ProvisionedConcurrencyConfig:
                        ProvisionedConcurrentExecutions: 10
                ```
                CloudFormation:
                ```yaml
                  Api:
                    Type: AWS::Lambda::Function
                    Properties:
                      ProvisionedConcurrencyConfig:
                        ProvisionedConcurrentExecutions: 10
                ```""",
        useInstead = """
                Publish an alias and keep provisioned ≤ reserved:
                ```yaml
                  Api:
                    Type: AWS::Serverless::Function
                    Properties:
                      AutoPublishAlias: live
                      ReservedConcurrentExecutions: 20
                      ProvisionedConcurrencyConfig:
                        ProvisionedConcurrentExecutions: 10
                ```
                In plain CloudFormation, put `ProvisionedConcurrencyConfig` on an `AWS::Lambda::Alias`.""",
        tags = {"lambda", "concurrency", "deployment"},
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html",
                "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-provisionedconcurrencyconfig",
                "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-alias.html"})
public final class LambdaProvisionedConcurrencyMisconfigured implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (LambdaFunction fn : stack.functions()) {
            if (fn.onManagedInstances() && provisionedOnManagedInstances(stack, fn, ctx)) continue;
            Located<Integer> own = fn.provisionedConcurrency();
            // A function with an alias (SAM AutoPublishAlias, or the one the Serverless Framework publishes for
            // provisionedConcurrency) carries its provisioned concurrency correctly whatever its resource type.
            if (own != null && fn.autoPublishAlias() == null && !(own.known() && own.value() == 0)) {
                if ("AWS::Lambda::Function".equals(fn.origin().type())) {
                    ctx.reportOn("Function", fn.origin(), "ProvisionedConcurrencyConfig", fn.origin().source(),
                            "ProvisionedConcurrencyConfig is not a property of AWS::Lambda::Function; "
                                    + "put it on an AWS::Lambda::Alias or AWS::Lambda::Version of the function",
                            related(own, "provisioned concurrency written here"));
                    continue;
                }
                ctx.report(fn.origin(), "AutoPublishAlias", fn.origin().source(), String.format(
                        "Function %s has provisioned concurrency%s but no AutoPublishAlias: provisioned concurrency "
                                + "needs a published version or alias. Add AutoPublishAlias",
                        fn.origin().label(), own.known() ? " (" + own.value() + ")" : ""),
                        related(own, "provisioned concurrency written here"));
                continue;
            }
            checkAgainstReserved(stack, fn, ctx);
        }
    }

    /** Managed Instances keep their execution environments on the capacity provider: no provisioned concurrency. */
    private static boolean provisionedOnManagedInstances(Stack stack, LambdaFunction fn, RuleContext ctx) {
        List<Related> related = new ArrayList<>();
        for (Located<Integer> pc : Concurrency.provisioned(stack, fn)) {
            if (pc.known() && pc.value() == 0) continue;
            related.add(new Related(pc.source(), "provisioned concurrency written here"));
            related.addAll(pc.related());
        }
        if (related.isEmpty()) return false;
        related.add(new Related(fn.managedInstances().source(), "runs on Lambda Managed Instances"));
        ctx.report(fn.origin(), "ProvisionedConcurrencyConfig", fn.origin().source(), String.format(
                "Function %s runs on Lambda Managed Instances, which do not support provisioned concurrency; the "
                        + "deployment fails. Remove the provisioned concurrency: the capacity provider keeps "
                        + "execution environments warm", fn.origin().label()), related);
        return true;
    }

    /**
     * The total provisioned concurrency against the reserved concurrency; values that are candidate sets count at
     * their most lenient ({@link Candidates#mostLenient}), so only a template refused in every combination fires.
     */
    private static void checkAgainstReserved(Stack stack, LambdaFunction fn, RuleContext ctx) {
        Located<Integer> reserved = fn.reservedConcurrency();
        Integer reservedMost = Candidates.mostLenient(reserved, false);
        if (reservedMost == null) return;
        int sum = 0;
        int sumMost = 0; // what the reserved concurrency must be for every branch to deploy
        boolean anySet = !reserved.known();
        List<Related> related = new ArrayList<>();
        for (Located<Integer> pc : Concurrency.provisioned(stack, fn)) {
            Integer least = Candidates.mostLenient(pc, true);
            if (least == null) return; // the total cannot be told
            sum += least;
            sumMost += Candidates.mostLenient(pc, false);
            anySet |= !pc.known();
            related.addAll(Candidates.whereWritten(pc, "provisioned concurrency", ""));
        }
        if (sum <= reservedMost) return;
        related.addAll(Candidates.whereWritten(reserved, "reserved concurrency", ""));
        related.addAll(reserved.related());
        ctx.reportOn("Function", fn.origin(), "ReservedConcurrentExecutions", fn.origin().source(), String.format(
                "provisioned concurrency %s%d exceeds its reserved concurrency %s%d%s; Lambda refuses it. "
                        + "Raise the reserved concurrency to at least %d or lower the provisioned concurrency",
                anySet ? "at least " : "", sum, anySet ? "at most " : "", reservedMost,
                anySet ? " (whichever values the template's conditions and allowed values pick)" : "", sumMost), related);
    }

    private static List<Related> related(Located<?> v, String message) {
        List<Related> all = new ArrayList<>();
        all.add(new Related(v.source(), message));
        all.addAll(v.related());
        return all;
    }
}
