package dev.headroom.read.cfn;

import dev.headroom.model.Located;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Custom resources ({@code AWS::CloudFormation::CustomResource}, {@code Custom::*}) call the function their
 * {@code ServiceToken} names, during deployments. Rules exempt functions whose only callers are custom resources
 * (HR102), so every other resource that may invoke such a function is recorded as a caller too: an EventBridge
 * rule, a state machine, a permission for another principal. References that grant or describe (IAM, log groups,
 * versions, aliases, a permission for CloudFormation) do not call.
 */
final class CustomResourceCallers {

    private CustomResourceCallers() {
    }

    static void read(Template t) {
        Set<String> handlers = new LinkedHashSet<>();
        for (Template.Resource r : t.resources()) {
            if (!isCustomResource(r.type())) continue;
            String fn = t.referencedFunction(r.props().node("ServiceToken"));
            if (fn == null) continue;
            handlers.add(fn);
            t.out().triggers.add(Trigger.other(TriggerKind.CUSTOM_RESOURCE, fn, r.key()));
        }
        if (handlers.isEmpty()) return;
        // A provider framework (CDK custom_resources.Provider) is itself a custom-resource handler: the functions
        // it names (in its environment) run at deploy time too.
        Set<String> frameworks = new LinkedHashSet<>(handlers);
        for (String framework : frameworks) {
            Template.Resource fr = t.resource(framework);
            if (fr == null || !Template.isFunctionType(fr.type())) continue;
            for (var ref : t.resolver().references(fr.body())) {
                Template.Resource target = t.resource(ref.logicalId());
                if (target == null || !Template.isFunctionType(target.type()) || target.id().equals(framework)) continue;
                if (handlers.add(target.id())) t.out().triggers.add(Trigger.other(TriggerKind.CUSTOM_RESOURCE, target.id(), fr.key()));
            }
        }
        for (Template.Resource r : t.resources()) {
            if (isCustomResource(r.type()) || frameworks.contains(r.id()) || doesNotCall(r)) continue;
            Set<String> called = new LinkedHashSet<>();
            for (var ref : t.resolver().references(r.body())) {
                if (handlers.contains(ref.logicalId()) && !ref.logicalId().equals(r.id())) called.add(ref.logicalId());
            }
            for (String fn : called) t.out().triggers.add(Trigger.other(TriggerKind.OTHER, fn, r.key()));
        }
    }

    static boolean isCustomResource(String type) {
        return type.equals("AWS::CloudFormation::CustomResource") || type.startsWith("Custom::");
    }

    private static boolean doesNotCall(Template.Resource r) {
        String type = r.type();
        if (type.startsWith("AWS::IAM::") || type.startsWith("AWS::Logs::") || type.equals("AWS::Lambda::Version")
                || type.equals("AWS::Lambda::Alias") || type.equals("AWS::Lambda::EventInvokeConfig")
                || type.equals("AWS::CloudWatch::Alarm") || type.equals("AWS::SSM::Parameter")) {
            return true;
        }
        if (type.equals("AWS::Lambda::Permission")) {
            Located<String> principal = r.props().string("Principal");
            return principal != null && principal.known() && principal.value().startsWith("cloudformation.");
        }
        return false;
    }
}
