package dev.headroom.read.sls;

import dev.headroom.model.Located;
import dev.headroom.model.Source;
import dev.headroom.model.StreamFailureHandling;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import dev.headroom.read.cfn.Template;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.util.Locale;

/**
 * One entry of a function's {@code events}: a one-key map whose key is the event type and whose value is a
 * map of settings or a short string ({@code http: GET /users}, {@code sqs: arn:aws:sqs:...}). The trigger is
 * located at the event type's key.
 */
final class ServerlessEvents {

    private ServerlessEvents() {
    }

    /** @param restTimeout {@code provider.apiGateway.timeoutInMillis}, or null */
    static void read(Template t, String functionId, MapNode event, Located<Integer> restTimeout) {
        MapNode.Entry e = event.entries().get(0);
        Source at = e.key().source();
        Node v = e.value();
        // A one-key intrinsic ({@code !GetAtt Queue.Arn}) is the short form's value, not a map of settings.
        MapNode settings = v instanceof MapNode m && !isIntrinsic(m) ? m : null;
        switch (e.name()) {
            case "http" -> http(t, functionId, at, v, settings, TriggerKind.REST_API, restTimeout);
            case "httpApi" -> http(t, functionId, at, v, settings, TriggerKind.HTTP_API, null);
            case "websocket" -> t.out().triggers.add(Trigger.http(TriggerKind.WEBSOCKET, functionId, at,
                    settings == null ? text(t, v) : text(t, settings.get("route")), null, null));
            case "alb" -> t.out().triggers.add(Trigger.http(TriggerKind.ALB, functionId, at, null, null, null));
            case "sqs" -> {
                Node arn = settings == null ? v : settings.get("arn");
                Located<Integer> batch = settings == null || settings.get("batchSize") == null ? null
                        : t.resolver().resolveInt(settings.get("batchSize"));
                t.out().triggers.add(Trigger.queue(functionId, at, t.referencedOfType(arn, "AWS::SQS::Queue"), batch));
            }
            case "sns" -> t.out().triggers.add(Trigger.other(TriggerKind.SNS, functionId, at));
            case "s3" -> t.out().triggers.add(Trigger.other(TriggerKind.S3, functionId, at));
            case "schedule" -> t.out().triggers.add(Trigger.other(TriggerKind.SCHEDULE, functionId, at));
            case "eventBridge", "cloudwatchEvent" -> t.out().triggers.add(Trigger.other(TriggerKind.EVENTBRIDGE, functionId, at));
            case "stream" -> t.out().triggers.add(stream(t, functionId, at, v, settings));
            case "kafka", "msk" -> t.out().triggers.add(Trigger.other(TriggerKind.STREAM, functionId, at));
            case "activemq", "rabbitmq" -> t.out().triggers.add(Trigger.other(TriggerKind.MQ, functionId, at));
            default -> t.out().triggers.add(Trigger.other(TriggerKind.OTHER, functionId, at));
        }
    }

    /**
     * {@code http}/{@code httpApi}: {@code 'GET /path'}, {@code '*'} (HTTP API catch-all), or a map with
     * {@code method} and {@code path}; {@code method: any} is {@code ANY}. A REST ({@code http}) event's
     * {@code timeoutInMillis} overrides the provider's; the Framework has no such setting for {@code httpApi}.
     */
    private static void http(Template t, String fn, Source at, Node v, MapNode settings, TriggerKind kind,
                             Located<Integer> providerTimeout) {
        String method;
        String path;
        if (settings != null) {
            method = text(t, settings.get("method"));
            path = text(t, settings.get("path"));
            if (kind == TriggerKind.HTTP_API && method == null && path == null) path = "*";
        } else {
            String s = text(t, v);
            if (s == null) {
                method = null;
                path = null;
            } else if (s.trim().equals("*")) {
                method = "ANY";
                path = "*";
            } else {
                String[] parts = s.trim().split("\\s+", 2);
                method = parts.length == 2 ? parts[0] : null;
                path = parts.length == 2 ? parts[1] : parts[0];
            }
        }
        if (method != null) method = method.equals("*") ? "ANY" : method.toUpperCase(Locale.ROOT);
        if (path != null && !path.equals("*") && !path.startsWith("/")) path = "/" + path;
        Located<Integer> timeout = providerTimeout;
        if (kind == TriggerKind.REST_API && settings != null && settings.get("timeoutInMillis") != null) {
            timeout = t.resolver().resolveInt(settings.get("timeoutInMillis"));
        }
        t.out().triggers.add(Trigger.http(kind, fn, at, path, method, timeout));
    }

    /**
     * {@code stream: arn:aws:dynamodb:...} or a map with {@code arn}, {@code type} (needed when the ARN is an
     * intrinsic), {@code maximumRetryAttempts}, {@code maximumRecordAgeInSeconds} and
     * {@code destinations.onFailure}.
     */
    private static Trigger stream(Template t, String fn, Source at, Node v, MapNode settings) {
        String type = settings == null ? null : text(t, settings.get("type"));
        if (type == null) {
            String arn = text(t, settings == null ? v : settings.get("arn"));
            String[] parts = arn == null ? new String[0] : arn.split(":");
            type = parts.length > 2 ? parts[2] : null;
        }
        String stream = type == null ? null : switch (type.toLowerCase(Locale.ROOT)) {
            case "dynamodb" -> "DynamoDB";
            case "kinesis" -> "Kinesis";
            default -> null;
        };
        if (stream == null) return Trigger.other(TriggerKind.STREAM, fn, at);
        Located<Integer> retries = settings == null || settings.get("maximumRetryAttempts") == null ? null
                : t.resolver().resolveInt(settings.get("maximumRetryAttempts"));
        Located<Integer> age = settings == null || settings.get("maximumRecordAgeInSeconds") == null ? null
                : t.resolver().resolveInt(settings.get("maximumRecordAgeInSeconds"));
        Node destinations = settings == null ? null : settings.get("destinations");
        Node onFailure = destinations instanceof MapNode d ? d.get("onFailure") : destinations;
        return Trigger.stream(fn, at, new StreamFailureHandling(stream, retries, age,
                onFailure == null ? null : onFailure.source(), true));
    }

    private static boolean isIntrinsic(MapNode m) {
        if (m.size() != 1) return false;
        String k = m.entries().get(0).name();
        return k.equals("Ref") || k.startsWith("Fn::");
    }

    private static String text(Template t, Node n) {
        if (n == null) return null;
        if (n instanceof ScalarNode s && s.isNull()) return null;
        Located<String> v = t.resolver().resolveString(n);
        return v.orElse(null);
    }
}
