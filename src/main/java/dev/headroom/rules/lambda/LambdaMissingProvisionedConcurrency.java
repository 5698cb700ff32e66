package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.Related;
import dev.headroom.model.Stack;
import dev.headroom.model.Trigger;
import dev.headroom.rules.Param;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

@RuleInfo(
        id = "HR105",
        name = "lambda-missing-provisioned-concurrency",
        severity = Severity.WARNING,
        summary = "A Java or .NET function answers HTTP requests synchronously with neither provisioned concurrency nor SnapStart.",
        whatItDoes = """
                Reports a function that is invoked synchronously on behalf of an HTTP client — an API Gateway REST, \
                HTTP or WebSocket API (including the routes of an inline OpenAPI `Body` or `DefinitionBody`), an \
                Application Load Balancer target group, a function URL — whose runtime \
                matches one of `runtimes` (default `java.*` and `dotnet.*`), and that has neither provisioned \
                concurrency (on the function, an alias or a version) nor SnapStart (`ApplyOn: PublishedVersions`) \
                on a runtime that supports it (Java 11+, Python 3.12+, .NET 8+). A SnapStart setting on a runtime \
                that does not support it is no mitigation; on such a runtime (`java8.al2`, `dotnet6`) the finding \
                advises the runtime upgrade that makes SnapStart possible. Functions whose runtime cannot be resolved, or that are \
                container images without a runtime, are skipped.""",
        whyIsThisBad = """
                The JVM and the CLR take seconds to start a new execution environment. Every scale-out step and \
                every environment recycled after idle time makes some client wait those seconds, and API Gateway \
                gives up after 29–30 s. The p99 latency of such an API is its cold start.""",
        example = """
                SAM:
                ```yaml
                  OrdersApi:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: java21
                      Events:
                        Get:
                          Type: Api
                          Properties: {Path: /orders, Method: get}
                ```
                CloudFormation: an `AWS::Lambda::Function` with `Runtime: java21` that an \
                `AWS::ApiGateway::Method`, an `AWS::ApiGatewayV2::Integration`, an ALB target group or an \
                `AWS::Lambda::Url` targets.""",
        useInstead = """
                Turn on SnapStart (free for Java; it restores a snapshot of the initialised environment), or keep \
                warm environments with provisioned concurrency on an alias:
                ```yaml
                  OrdersApi:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: java21
                      AutoPublishAlias: live
                      SnapStart:
                        ApplyOn: PublishedVersions
                ```""",
        tags = {"lambda", "latency", "cold-start"},
        params = @Param(name = "runtimes", defaultValue = "java.*,dotnet.*",
                description = "Regular expressions (comma-separated) of the runtimes whose cold starts take seconds.",
                kind = Param.Kind.PATTERNS),
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html",
                "https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html",
                "https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html"})
public final class LambdaMissingProvisionedConcurrency implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        List<Pattern> runtimes = ctx.patternsParam("runtimes");
        for (LambdaFunction fn : stack.functions()) {
            if (fn.runtime() == null || fn.runtime().isUnknown()) continue;
            String runtime = fn.runtime().value();
            if (runtimes.stream().noneMatch(p -> p.matcher(runtime).matches())) continue;
            List<Trigger> http = stack.triggersOf(fn.id()).stream().filter(t -> t.kind().synchronousHttp()).toList();
            if (http.isEmpty()) continue;
            if (mitigated(stack, fn, runtime)) continue;
            List<Related> related = new ArrayList<>();
            for (Trigger t : http) related.add(new Related(t.source(), "invoked synchronously by " + t.kind().title()
                    + (t.path() == null ? "" : " " + (t.method() == null ? "" : t.method().toUpperCase(java.util.Locale.ROOT) + " ") + t.path())));
            boolean snapUnsupported = Concurrency.snapStartOn(fn);
            if (snapUnsupported) related.add(new Related(fn.snapStart().source(), "SnapStart, which " + runtime + " does not support"));
            // SnapStart advice is only useful on a runtime that has it: on java8 the first step is the upgrade.
            String advice = Concurrency.supportsSnapStart(runtime)
                    ? "Enable SnapStart (ApplyOn: PublishedVersions) or set provisioned concurrency on an alias"
                    : "SnapStart needs Java 11+, Python 3.12+ or .NET 8+: upgrade the runtime from " + runtime
                            + " and enable SnapStart, or set provisioned concurrency on an alias";
            ctx.report(fn.origin(), "ProvisionedConcurrency", fn.origin().source(), String.format(
                    "Function %s (%s) is invoked synchronously by %s and has neither provisioned concurrency nor "
                            + "SnapStart%s: clients wait for multi-second cold starts. %s",
                    fn.origin().label(), runtime, http.get(0).kind().title(),
                    snapUnsupported ? " (SnapStart is set, but " + runtime + " does not support it)" : "", advice), related);
        }
    }

    /** Provisioned concurrency above 0 (or unknown: then we cannot tell, so we stay silent), or usable SnapStart. */
    private static boolean mitigated(Stack stack, LambdaFunction fn, String runtime) {
        for (Located<Integer> pc : Concurrency.provisioned(stack, fn)) {
            if (pc.isUnknown() || pc.value() > 0) return true;
        }
        if (fn.snapStart() != null && fn.snapStart().isUnknown()) return true;
        return Concurrency.snapStartOn(fn) && Concurrency.supportsSnapStart(runtime);
    }
}
