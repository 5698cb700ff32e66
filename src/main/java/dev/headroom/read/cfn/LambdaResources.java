package dev.headroom.read.cfn;

import dev.headroom.model.Located;
import dev.headroom.model.ProvisionedConcurrency;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

/**
 * Lambda resources of plain CloudFormation: functions, versions and aliases with provisioned concurrency,
 * event source mappings and function URLs.
 */
final class LambdaResources {

    private LambdaResources() {
    }

    static void read(Template t) {
        for (Template.Resource r : t.resources()) {
            switch (r.type()) {
                case "AWS::Lambda::Function" -> t.out().functions.add(FunctionProps.read(r.origin(), r.props(),
                        provisionedOnFunction(r.props()), null));
                case "AWS::Lambda::Alias", "AWS::Lambda::Version" -> provisioned(t, r);
                case "AWS::Lambda::EventSourceMapping" -> eventSourceMapping(t, r);
                case "AWS::Lambda::Url" -> {
                    String fn = t.referencedFunction(r.props().node("TargetFunctionArn"));
                    if (fn != null) t.out().triggers.add(Trigger.http(TriggerKind.FUNCTION_URL, fn, r.key(), "/*", "ANY", null));
                }
                default -> {
                }
            }
        }
    }

    /** Provisioned concurrency written on the function itself: not valid in CloudFormation (HR106 reports it). */
    private static Located<Integer> provisionedOnFunction(Props p) {
        Props pc = p.child("ProvisionedConcurrencyConfig");
        return pc == null ? null : pc.integer("ProvisionedConcurrentExecutions");
    }

    private static void provisioned(Template t, Template.Resource r) {
        Props pc = r.props().child("ProvisionedConcurrencyConfig");
        if (pc == null) return;
        Located<Integer> n = pc.integer("ProvisionedConcurrentExecutions");
        if (n == null) return;
        String fn = t.referencedFunction(r.props().node("FunctionName"));
        if (fn == null && r.type().equals("AWS::Lambda::Alias")) {
            // An alias may name its function through the version it points at.
            Template.Resource v = t.resource(t.referencedOfType(r.props().node("FunctionVersion"), "AWS::Lambda::Version"));
            if (v != null) fn = t.referencedFunction(v.props().node("FunctionName"));
        }
        t.out().provisionedConcurrency.add(new ProvisionedConcurrency(r.origin(), fn, n));
    }

    private static void eventSourceMapping(Template t, Template.Resource r) {
        String fn = t.referencedFunction(r.props().node("FunctionName"));
        if (fn == null) return;
        Node arn = r.props().node("EventSourceArn");
        String queue = t.referencedOfType(arn, "AWS::SQS::Queue");
        if (queue != null || arnService(t, arn).equals("sqs")) {
            t.out().triggers.add(Trigger.queue(fn, r.key(), queue, r.props().integer("BatchSize")));
        } else {
            String service = arnService(t, arn);
            if (service.equals("kinesis") || service.equals("dynamodb")) {
                t.out().triggers.add(Trigger.stream(fn, r.key(),
                        StreamSources.read(service.equals("dynamodb") ? "DynamoDB" : "Kinesis", r.props())));
                return;
            }
            TriggerKind kind = switch (service) {
                case "kafka" -> TriggerKind.STREAM;
                case "mq" -> TriggerKind.MQ;
                // A DocumentDB cluster has an rds ARN (or a GetAtt); the mapping's own settings say what it reads.
                default -> r.props().has("DocumentDBEventSourceConfig") ? TriggerKind.DOCUMENTDB : TriggerKind.OTHER;
            };
            t.out().triggers.add(Trigger.other(kind, fn, r.key()));
        }
    }

    /** The service part of an ARN written as text ("sqs" of arn:aws:sqs:...), or "". */
    private static String arnService(Template t, Node arn) {
        if (arn == null) return "";
        Located<String> s = t.resolver().resolveString(arn);
        if (s.known()) {
            String[] parts = s.value().split(":");
            return parts.length > 2 ? parts[2] : "";
        }
        for (var ref : t.resolver().references(arn)) {
            Template.Resource res = t.resource(ref.logicalId());
            if (res == null) continue;
            if (res.type().startsWith("AWS::Kinesis::")) return "kinesis";
            if (res.type().startsWith("AWS::DynamoDB::")) return "dynamodb";
            if (res.type().startsWith("AWS::MSK::")) return "kafka";
            if (res.type().startsWith("AWS::AmazonMQ::")) return "mq";
        }
        return "";
    }

    static boolean isNonEmptyList(Node n) {
        return n instanceof ListNode l && l.size() > 0 || n instanceof MapNode;
    }
}
