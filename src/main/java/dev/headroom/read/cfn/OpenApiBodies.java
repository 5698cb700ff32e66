package dev.headroom.read.cfn;

import dev.headroom.model.Located;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

import java.util.Locale;
import java.util.Set;

/**
 * Routes declared in an inline OpenAPI definition ({@code Body} of an API Gateway REST or HTTP API,
 * {@code DefinitionBody} of a SAM API): each operation whose {@code x-amazon-apigateway-integration} invokes a
 * function of the stack is a synchronous trigger, with the integration's {@code timeoutInMillis}. A SAM definition
 * in a local file ({@code AWS::Include}, {@code DefinitionUri}) is read where it is written; one kept in S3
 * ({@code BodyS3Location}, an {@code s3://} location) is not.
 */
final class OpenApiBodies {

    /** OpenAPI path-item keys that are operations; {@code x-amazon-apigateway-any-method} is API Gateway's ANY. */
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace", "x-amazon-apigateway-any-method");

    private OpenApiBodies() {
    }

    static void read(Template t, Template.Resource api) {
        TriggerKind kind = switch (api.type()) {
            case "AWS::ApiGateway::RestApi", "AWS::Serverless::Api" -> TriggerKind.REST_API;
            case "AWS::ApiGatewayV2::Api", "AWS::Serverless::HttpApi" -> TriggerKind.HTTP_API;
            default -> null;
        };
        if (kind == null) return;
        String bodyKey = api.type().startsWith("AWS::Serverless::") ? "DefinitionBody" : "Body";
        MapNode body = IncludedDefinitions.body(t, api.props().node(bodyKey));
        if (body == null && api.type().startsWith("AWS::Serverless::")) {
            body = IncludedDefinitions.uri(t, api.props().node("DefinitionUri"));
        }
        if (body == null || !(body.get("paths") instanceof MapNode paths)) return;
        for (MapNode.Entry path : paths.entries()) {
            if (!(path.value() instanceof MapNode item)) continue;
            for (MapNode.Entry op : item.entries()) {
                String method = op.name().toLowerCase(Locale.ROOT);
                if (!METHODS.contains(method) || !(op.value() instanceof MapNode operation)) continue;
                if (!(operation.get("x-amazon-apigateway-integration") instanceof MapNode integration)) continue;
                operation(t, kind, path.name(), method.startsWith("x-") ? "ANY" : method.toUpperCase(Locale.ROOT),
                        op, new Props(integration, t.resolver(), op.key().source()));
            }
        }
    }

    private static void operation(Template t, TriggerKind kind, String path, String method, MapNode.Entry op,
                                  Props integration) {
        String fn = t.referencedFunction(integration.node("uri"));
        if (fn == null) return;
        Located<String> type = integration.string("type");
        String integrationType = type == null ? null : type.orElse(null);
        if (integrationType != null && !integrationType.toLowerCase(Locale.ROOT).startsWith("aws")) return;
        // SAM writes its Api/HttpApi events into the same definition: the event already made this route.
        boolean known = t.out().triggers.stream().anyMatch(x -> fn.equals(x.functionId()) && path.equals(x.path())
                && method.equalsIgnoreCase(String.valueOf(x.method())));
        if (known) return;
        if (ApiResources.asynchronous(integration.child("requestParameters"))) {
            t.out().triggers.add(Trigger.other(TriggerKind.OTHER, fn, op.key().source()));
            return;
        }
        t.out().triggers.add(Trigger.http(kind, fn, op.key().source(), path, method, integration.integer("timeoutInMillis")));
    }
}
