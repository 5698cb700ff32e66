package dev.headroom.read.cfn;

import dev.headroom.model.Located;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * HTTP front doors of plain CloudFormation that invoke a function synchronously: API Gateway REST methods,
 * HTTP/WebSocket API integrations and their routes, routes of inline OpenAPI definitions, and ALB target groups
 * of type {@code lambda}.
 */
final class ApiResources {

    private static final int MAX_PATH_DEPTH = 30;

    private ApiResources() {
    }

    static void read(Template t) {
        for (Template.Resource r : t.resources()) {
            switch (r.type()) {
                case "AWS::ApiGateway::Method" -> restMethod(t, r);
                case "AWS::ApiGatewayV2::Integration" -> v2Integration(t, r);
                case "AWS::ApiGatewayV2::Api" -> {
                    quickCreateApi(t, r);
                    OpenApiBodies.read(t, r);
                }
                case "AWS::ApiGateway::RestApi", "AWS::Serverless::Api", "AWS::Serverless::HttpApi" -> OpenApiBodies.read(t, r);
                case "AWS::ElasticLoadBalancingV2::TargetGroup" -> targetGroup(t, r);
                default -> {
                }
            }
        }
    }

    private static void restMethod(Template t, Template.Resource r) {
        Props integration = r.props().child("Integration");
        if (integration == null) return;
        String fn = t.referencedFunction(integration.node("Uri"));
        if (fn == null) return;
        Located<String> method = r.props().string("HttpMethod");
        String path = restPath(t, r.props().node("ResourceId"));
        if (asynchronous(integration.child("RequestParameters"))) {
            // API Gateway hands the event to Lambda and answers at once: no client waits for the function.
            t.out().triggers.add(Trigger.other(TriggerKind.OTHER, fn, r.key()));
            return;
        }
        Located<Integer> timeout = integration.integer("TimeoutInMillis");
        t.out().triggers.add(Trigger.http(TriggerKind.REST_API, fn, r.key(), path,
                method == null ? null : method.orElse(null), timeout));
    }

    /**
     * A non-proxy integration whose request parameters set {@code X-Amz-Invocation-Type: 'Event'} invokes the
     * function asynchronously.
     */
    static boolean asynchronous(Props requestParameters) {
        if (requestParameters == null) return false;
        Located<String> type = requestParameters.string("integration.request.header.X-Amz-Invocation-Type");
        return type != null && type.known() && type.value().replace("'", "").trim().equalsIgnoreCase("Event");
    }

    /** The path of a REST API resource, built from {@code PathPart}s up to the root; null when it cannot be told. */
    private static String restPath(Template t, Node resourceId) {
        List<String> parts = new ArrayList<>();
        Node cursor = resourceId;
        for (int i = 0; i < MAX_PATH_DEPTH && cursor != null; i++) {
            Template.Resource res = t.resource(t.referencedOfType(cursor, "AWS::ApiGateway::Resource"));
            if (res == null) {
                // GetAtt Api.RootResourceId, or something we cannot follow: treat as the root.
                break;
            }
            Located<String> part = res.props().string("PathPart");
            parts.add(0, part == null ? "?" : part.orElse("?"));
            cursor = res.props().node("ParentId");
        }
        return "/" + String.join("/", parts);
    }

    private static void v2Integration(Template t, Template.Resource r) {
        String fn = t.referencedFunction(r.props().node("IntegrationUri"));
        if (fn == null) return;
        TriggerKind kind = v2Kind(t, r.props().node("ApiId"));
        Located<Integer> timeout = r.props().integer("TimeoutInMillis");
        boolean routed = false;
        for (Template.Resource route : t.resources()) {
            if (!route.type().equals("AWS::ApiGatewayV2::Route")) continue;
            Node target = route.props().node("Target");
            if (target == null || t.resolver().references(target).stream().noneMatch(x -> x.logicalId().equals(r.id()))) {
                continue;
            }
            Located<String> key = route.props().string("RouteKey");
            String[] methodPath = splitRouteKey(key == null ? null : key.orElse(null));
            t.out().triggers.add(Trigger.http(kind, fn, route.key(), methodPath[1], methodPath[0], timeout));
            routed = true;
        }
        if (!routed) t.out().triggers.add(Trigger.http(kind, fn, r.key(), null, null, timeout));
    }

    private static TriggerKind v2Kind(Template t, Node apiId) {
        Template.Resource api = t.resource(t.referencedOfType(apiId, "AWS::ApiGatewayV2::Api"));
        if (api != null) {
            Located<String> protocol = api.props().string("ProtocolType");
            if (protocol != null && "WEBSOCKET".equals(protocol.orElse(null))) return TriggerKind.WEBSOCKET;
        }
        return TriggerKind.HTTP_API;
    }

    /** HTTP API quick create: {@code Target} on the API itself makes a {@code $default} route to the function. */
    private static void quickCreateApi(Template t, Template.Resource r) {
        String fn = t.referencedFunction(r.props().node("Target"));
        if (fn != null) t.out().triggers.add(Trigger.http(TriggerKind.HTTP_API, fn, r.key(), "$default", "ANY", null));
    }

    /** "GET /items/{id}" to {method, path}; "$default" and "$connect" are paths of their own. */
    static String[] splitRouteKey(String key) {
        if (key == null) return new String[] {null, null};
        int space = key.indexOf(' ');
        if (space < 0) return new String[] {"ANY", key};
        return new String[] {key.substring(0, space), key.substring(space + 1).trim()};
    }

    private static void targetGroup(Template t, Template.Resource r) {
        Located<String> type = r.props().string("TargetType");
        if (type == null || !"lambda".equals(type.orElse(null))) return;
        if (!(r.props().node("Targets") instanceof ListNode targets)) return;
        for (Node target : targets.items()) {
            if (!(target instanceof MapNode m)) continue;
            String fn = t.referencedFunction(m.get("Id"));
            if (fn != null) t.out().triggers.add(Trigger.http(TriggerKind.ALB, fn, r.key(), null, null, null));
        }
    }
}
