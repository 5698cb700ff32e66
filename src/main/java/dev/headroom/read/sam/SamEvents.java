package dev.headroom.read.sam;

import dev.headroom.model.Located;
import dev.headroom.model.Source;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import dev.headroom.read.cfn.Props;
import dev.headroom.read.cfn.StreamSources;
import dev.headroom.read.cfn.Template;
import dev.headroom.tree.MapNode;

/** The {@code Events} of a SAM function, each a trigger located at its event key. */
final class SamEvents {

    private SamEvents() {
    }

    static void read(Template t, String functionId, MapNode.Entry entry, MapNode event) {
        Located<String> type = t.resolver().resolveString(event.get("Type"));
        if (type.isUnknown()) return;
        MapNode propsNode = event.getMap("Properties");
        Props p = new Props(propsNode == null ? new MapNode(java.util.List.of(), event.source()) : propsNode,
                t.resolver(), entry.key().source());
        Source at = entry.key().source();
        switch (type.value()) {
            case "Api" -> t.out().triggers.add(Trigger.http(TriggerKind.REST_API, functionId, at,
                    text(p, "Path", null), text(p, "Method", null), p.integer("TimeoutInMillis")));
            case "HttpApi" -> {
                // An HttpApi event without Path and Method is the API's $default route.
                String path = text(p, "Path", "$default");
                t.out().triggers.add(Trigger.http(TriggerKind.HTTP_API, functionId, at, path,
                        text(p, "Method", "ANY"), p.integer("TimeoutInMillis")));
            }
            case "SQS" -> t.out().triggers.add(Trigger.queue(functionId, at,
                    t.referencedOfType(p.node("Queue"), "AWS::SQS::Queue"), p.integer("BatchSize")));
            case "Schedule", "ScheduleV2" -> t.out().triggers.add(Trigger.other(TriggerKind.SCHEDULE, functionId, at));
            case "SNS" -> t.out().triggers.add(Trigger.other(TriggerKind.SNS, functionId, at));
            case "S3" -> t.out().triggers.add(Trigger.other(TriggerKind.S3, functionId, at));
            case "EventBridgeRule", "CloudWatchEvent" -> t.out().triggers.add(Trigger.other(TriggerKind.EVENTBRIDGE, functionId, at));
            case "Kinesis", "DynamoDB" -> t.out().triggers.add(Trigger.stream(functionId, at, StreamSources.read(type.value(), p)));
            case "MSK", "SelfManagedKafka" ->
                    t.out().triggers.add(Trigger.other(TriggerKind.STREAM, functionId, at));
            case "MQ" -> t.out().triggers.add(Trigger.other(TriggerKind.MQ, functionId, at));
            case "DocumentDB" -> t.out().triggers.add(Trigger.other(TriggerKind.DOCUMENTDB, functionId, at));
            default -> t.out().triggers.add(Trigger.other(TriggerKind.OTHER, functionId, at));
        }
    }

    private static String text(Props p, String key, String fallback) {
        Located<String> v = p.string(key);
        return v == null ? fallback : v.orElse(fallback);
    }
}
