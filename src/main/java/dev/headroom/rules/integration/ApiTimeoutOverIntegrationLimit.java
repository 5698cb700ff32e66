package dev.headroom.rules.integration;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.rules.Candidates;
import dev.headroom.model.Related;
import dev.headroom.fix.Applicability;
import dev.headroom.fix.Change;
import dev.headroom.model.Stack;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

@RuleInfo(
        id = "HR303",
        name = "api-timeout-over-integration-limit",
        severity = Severity.WARNING,
        summary = "A function behind API Gateway may run longer than the integration waits: clients get 504.",
        whatItDoes = """
                For each function invoked by API Gateway, compares its effective timeout with the integration \
                timeout of each route: the explicit `TimeoutInMillis` of the method's integration, the HTTP API \
                integration or the SAM event, the `timeoutInMillis` of an inline OpenAPI definition's \
                `x-amazon-apigateway-integration` (`Body`, SAM `DefinitionBody`), or of a Serverless `http` event \
                or `provider.apiGateway` (Framework v4.4.13+) when set, else the default — 29 s for REST APIs, 30 s for HTTP APIs. \
                Reports the function's timeout when it is longer than the shortest of these. ALB targets and \
                function URLs have no such cap and are not checked. WebSocket APIs are not checked either: their \
                functions usually answer through the connection (`PostToConnection`), so no client waits for the \
                integration response. An explicit `TimeoutInMillis` \
                that covers the function's timeout (REST APIs may raise it above 29 s with a quota increase) \
                silences the rule. Either timeout may be one of a few values (an `Fn::If` on a condition known \
                only at deploy time, a parameter with `AllowedValues` and no default): the rule then judges the \
                shortest function timeout against the longest integration timeout, so it reports only when every \
                combination the template allows times out, with the other values as related locations.""",
        whyIsThisBad = """
                API Gateway stops waiting at the integration timeout and answers 504, while the function goes on \
                running — and billing — for up to its own timeout. The client retries, and the work runs twice. A \
                function timeout above the integration limit is never useful to the API's callers.""",
        example = """
                ```yaml
                  Report:
                    Type: AWS::Serverless::Function
                    Properties:
                      Timeout: 60
                      Events:
                        Get:
                          Type: Api
                          Properties: {Path: /report, Method: get}
                ```""",
        useInstead = """
                Keep the function within the integration limit, or make the long work asynchronous (return 202 \
                and process from a queue):
                ```yaml
                      Timeout: 25
                ```""",
        tags = {"lambda", "api", "timeout"},
        fix = Applicability.UNSAFE,
        fixSummary = "sets the function's `Timeout` to the integration timeout, in whole seconds; none when either "
                + "timeout is one of a few values, as the right one depends on the branch that deploys.",
        references = {"https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html",
                "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html",
                "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-method-integration.html"})
public final class ApiTimeoutOverIntegrationLimit implements Rule {

    static final int REST_DEFAULT_MS = 29_000;
    static final int HTTP_DEFAULT_MS = 30_000;

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (LambdaFunction fn : stack.functions()) {
            if (Candidates.mostLenient(fn.timeout(), true) == null) continue;
            // Each side may be a candidate set: the tightest route at its most lenient (largest) integration
            // timeout, so the rule fires only when every combination the template allows times out.
            Trigger tightest = null;
            int tightestMs = Integer.MAX_VALUE;
            for (Trigger t : stack.triggersOf(fn.id())) {
                Integer limit = limitMs(t);
                if (limit != null && limit < tightestMs) {
                    tightest = t;
                    tightestMs = limit;
                }
            }
            if (tightest == null) continue;
            long limit = tightestMs;
            Located<Integer> at = Candidates.whenAllViolate(fn.timeout(), t -> t * 1000L > limit);
            if (at == null) continue;
            Located<Integer> explicit = tightest.timeoutMillis();
            boolean limitSet = explicit != null && !explicit.known();
            String limitText = explicit == null ? "" : "TimeoutInMillis " + (limitSet ? "at most " : "") + tightestMs;
            List<Related> related = new ArrayList<>();
            related.add(new Related(tightest.source(), tightest.kind().title()
                    + (tightest.path() == null ? "" : " route " + (tightest.method() == null ? "" : tightest.method().toUpperCase(Locale.ROOT) + " ") + tightest.path())
                    + (explicit != null ? ", " + limitText : "")));
            // A timeout set apart from the route (serverless.yml provider.apiGateway, a branch or allowed value)
            // is a place to edit too.
            if (limitSet) {
                related.addAll(Candidates.whereWritten(explicit, "integration timeout", " ms"));
            } else if (explicit != null && !explicit.source().equals(tightest.source())) {
                related.add(new Related(explicit.source(), "integration timeout " + tightestMs + " ms"));
            }
            String detail = String.format(
                    "timeout %d s%s is longer than the %s integration timeout of %s s%s; clients "
                            + "get 504 while the function runs on. Lower the timeout to at most %d s or make the work asynchronous",
                    at.value(), fn.timeout().defaulted() ? " (the default)" : Candidates.note(fn.timeout(), " s"),
                    tightest.kind().title(), (limitSet ? "at most " : "") + seconds(tightestMs),
                    explicit == null ? " (the default)" : limitSet ? " (TimeoutInMillis is one of " + explicit.candidates()
                            .stream().map(c -> String.valueOf(c.value())).collect(Collectors.joining(", ")) + ")"
                            : " (" + limitText + ")",
                    tightestMs / 1000);
            // One edit cannot mend every branch or allowed value of either side: no fix then.
            boolean fixable = fn.timeout().known() && !limitSet;
            (fixable ? ctx.withFix(Change.set(fn.timeout(), fn.origin(), tightestMs / 1000, "Properties", "Timeout")) : ctx)
                    .reportOn("Function", fn.origin(), "Timeout", at, detail, related.toArray(Related[]::new));
        }
    }

    private static String seconds(int ms) {
        return ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0);
    }

    /**
     * The integration timeout of an API Gateway trigger in ms, the largest candidate of a set; null when not API
     * Gateway or not resolved.
     */
    private static Integer limitMs(Trigger t) {
        // WebSocket functions usually answer through PostToConnection; nobody waits for the integration response.
        if (t.kind() != TriggerKind.REST_API && t.kind() != TriggerKind.HTTP_API) return null;
        if (t.timeoutMillis() != null) return Candidates.mostLenient(t.timeoutMillis(), false);
        return t.kind() == TriggerKind.HTTP_API ? HTTP_DEFAULT_MS : REST_DEFAULT_MS;
    }
}
