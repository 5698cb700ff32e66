package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Related;
import dev.headroom.model.Stack;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RuleInfo(
        id = "HR109",
        name = "lambda-catch-all-proxy",
        severity = Severity.NOTE,
        summary = "One function serves a catch-all API route: a whole web framework inside Lambda.",
        whatItDoes = """
                Reports an API Gateway route that sends every request to one function: a REST or HTTP API path \
                ending in a greedy variable (`{proxy+}`, whatever the method), an HTTP API `$default` route (also \
                the one a SAM `HttpApi` event without `Path` creates, and HTTP API quick create), or a Serverless \
                `httpApi: '*'`, whether the route is declared as a resource, an event or a path of an inline \
                OpenAPI definition (`x-amazon-apigateway-any-method` is ANY). Function URLs and ALB targets are not routes and are not reported. The finding \
                points at the route or event, with the function as related location. A function with several \
                catch-all routes (`ANY /{proxy+}` and the CORS `OPTIONS /{proxy+}` beside it) gets one finding, at \
                its `ANY` route, with the others related. A REST path `/*` is not a catch-all: REST APIs have no \
                wildcard paths.

                RULES.md also lists `ANY /`; on its own that route matches only the root path (`/`), not every \
                path, so it is not reported: a whole app behind one function always needs `{proxy+}` or \
                `$default` besides it, and those are reported.""",
        whyIsThisBad = """
                A "Lambdalith" carries a whole web framework: its cold start loads every route's dependencies, \
                its memory and timeout are sized for the heaviest route, and each concurrent request pays for a \
                separate environment. A long-running web design like this is usually cheaper and faster as a \
                container on ECS/Fargate, or as separate functions per route.""",
        example = """
                ```yaml
                  App:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Everything:
                          Type: Api
                          Properties: {Path: "/{proxy+}", Method: any}
                ```""",
        useInstead = """
                Declare the routes the API has, each to a function sized for it — or, for a long-running web \
                framework, run it as an ECS/Fargate service behind a load balancer.
                ```yaml
                        GetOrder:
                          Type: Api
                          Properties: {Path: /orders/{id}, Method: get}
                ```""",
        tags = {"lambda", "api", "architecture"},
        references = {"https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html",
                "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html",
                "https://docs.aws.amazon.com/lambda/latest/operatorguide/monolith.html"})
public final class LambdaCatchAllProxy implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        // One finding per function: ANY /{proxy+} and the CORS OPTIONS /{proxy+} beside it are one design.
        Map<String, List<Trigger>> byFunction = new LinkedHashMap<>();
        for (Trigger t : stack.triggers()) {
            if (t.kind() != TriggerKind.REST_API && t.kind() != TriggerKind.HTTP_API) continue;
            if (!catchAll(t.kind(), t.path())) continue;
            byFunction.computeIfAbsent(t.functionId(), k -> new ArrayList<>()).add(t);
        }
        byFunction.forEach((id, routes) -> {
            LambdaFunction fn = stack.function(id).orElse(null);
            if (fn == null) return;
            Trigger main = routes.stream().filter(t -> t.method() == null || t.method().equalsIgnoreCase("ANY"))
                    .findFirst().orElse(routes.get(0));
            List<Related> related = new ArrayList<>();
            related.add(new Related(fn.origin().source(), "function " + fn.origin().label()));
            for (Trigger other : routes) {
                if (other != main) related.add(new Related(other.source(), "also the catch-all route " + route(other)));
            }
            ctx.report(fn.origin(), "route:" + main.path(), main.source(), String.format(
                    "Function %s serves the catch-all %s route %s: one function behind every path pays cold "
                            + "starts for a whole web framework. Declare the routes, or run the app on ECS/Fargate",
                    fn.origin().label(), main.kind().title(), route(main)), related);
        });
    }

    private static String route(Trigger t) {
        return (t.method() == null ? "" : t.method().toUpperCase(Locale.ROOT) + " ") + t.path();
    }

    /**
     * {@code {proxy+}} (any greedy variable), {@code $default}, or {@code *}. {@code ANY /} is not: API Gateway
     * matches it for the root path only.
     */
    static boolean catchAll(TriggerKind kind, String path) {
        if (path == null) return false;
        String p = path.trim();
        // REST API Gateway has no wildcard paths: "/*" there is a literal (and an invalid) path, not every path.
        return p.endsWith("+}") || p.equals("$default") || p.equals("*") || p.equals("/*") && kind == TriggerKind.HTTP_API;
    }
}
