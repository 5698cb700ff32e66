package dev.headroom.read.cfn;

import dev.headroom.model.Located;
import dev.headroom.model.ScalableTarget;
import dev.headroom.model.ScalingPolicy;
import dev.headroom.model.ScalingPolicy.Direction;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

/** Application Auto Scaling scalable targets and scaling policies (AWS default cooldown: 300 s). */
final class ScalingResources {

    static final int DEFAULT_COOLDOWN = 300;

    private ScalingResources() {
    }

    static void read(Template t) {
        for (Template.Resource r : t.resources()) {
            if (r.type().equals("AWS::ApplicationAutoScaling::ScalableTarget")) {
                Props p = r.props();
                Located<String> ns = p.string("ServiceNamespace");
                t.out().scalableTargets.add(new ScalableTarget(r.origin(), ns == null ? null : ns.orElse(null),
                        t.referencedOnlyOfType(p.node("ResourceId"), "AWS::ECS::Service"),
                        p.integer("MinCapacity"), p.integer("MaxCapacity")));
            }
        }
        for (Template.Resource r : t.resources()) {
            if (r.type().equals("AWS::ApplicationAutoScaling::ScalingPolicy")) t.out().scalingPolicies.add(policy(t, r));
        }
    }

    private static ScalingPolicy policy(Template t, Template.Resource r) {
        Props p = r.props();
        String target = t.referencedOfType(p.node("ScalingTargetId"), "AWS::ApplicationAutoScaling::ScalableTarget");
        if (target == null) {
            // A policy may name its target by ResourceId instead: match the ECS service both refer to.
            String service = t.referencedOfType(p.node("ResourceId"), "AWS::ECS::Service");
            for (ScalableTarget st : t.out().scalableTargets) {
                if (service != null && service.equals(st.ecsServiceId())) target = st.id();
            }
        }
        Props tracking = p.child("TargetTrackingScalingPolicyConfiguration");
        if (tracking != null) {
            return new ScalingPolicy(r.origin(), target, ScalingPolicy.Type.TARGET_TRACKING,
                    tracking.integer("ScaleOutCooldown", DEFAULT_COOLDOWN), tracking.integer("ScaleInCooldown", DEFAULT_COOLDOWN),
                    null, Direction.UNKNOWN, metric(tracking));
        }
        Props step = p.child("StepScalingPolicyConfiguration");
        if (step != null) {
            return new ScalingPolicy(r.origin(), target, ScalingPolicy.Type.STEP_SCALING, null, null,
                    step.integer("Cooldown", DEFAULT_COOLDOWN), direction(step), alarmMetric(t, r.id()));
        }
        return new ScalingPolicy(r.origin(), target, ScalingPolicy.Type.OTHER, null, null, null, Direction.UNKNOWN, null);
    }

    private static String metric(Props tracking) {
        Props predefined = tracking.child("PredefinedMetricSpecification");
        if (predefined != null) {
            Located<String> type = predefined.string("PredefinedMetricType");
            return type == null ? null : type.orElse(null);
        }
        Props custom = tracking.child("CustomizedMetricSpecification");
        if (custom != null) {
            Located<String> name = custom.string("MetricName");
            return name == null ? null : name.orElse(null);
        }
        return null;
    }

    /**
     * A step policy acts on a CloudWatch alarm that names it in {@code AlarmActions}: the alarm's metric (its
     * {@code MetricName}, or the first metric of its {@code Metrics} math) is what the policy scales on.
     */
    private static String alarmMetric(Template t, String policyId) {
        for (Template.Resource a : t.resources()) {
            if (!a.type().equals("AWS::CloudWatch::Alarm")) continue;
            if (!(a.props().node("AlarmActions") instanceof ListNode actions)) continue;
            boolean mine = false;
            for (Node action : actions.items()) {
                if (policyId.equals(t.referencedOfType(action, "AWS::ApplicationAutoScaling::ScalingPolicy"))) mine = true;
            }
            if (!mine) continue;
            Located<String> name = a.props().string("MetricName");
            if (name != null && name.known()) return name.value();
            if (a.props().node("Metrics") instanceof ListNode metrics) {
                for (Node m : metrics.items()) {
                    if (!(a.props().resolver().select(m) instanceof MapNode query)
                            || !(query.get("MetricStat") instanceof MapNode stat)
                            || !(stat.get("Metric") instanceof MapNode metric)) continue;
                    Located<String> n = a.props().resolver().resolveString(metric.get("MetricName"));
                    if (n.known()) return n.value();
                }
            }
        }
        return null;
    }

    /** OUT when every step adds capacity, IN when every step removes it. */
    private static Direction direction(Props step) {
        if (!(step.node("StepAdjustments") instanceof ListNode steps) || steps.size() == 0) return Direction.UNKNOWN;
        boolean up = false;
        boolean down = false;
        for (Node n : steps.items()) {
            if (!(step.resolver().select(n) instanceof MapNode m)) return Direction.UNKNOWN;
            Located<Integer> adj = step.resolver().resolveInt(m.get("ScalingAdjustment"));
            if (adj.isUnknown()) return Direction.UNKNOWN;
            if (adj.value() > 0) up = true;
            if (adj.value() < 0) down = true;
        }
        if (up && down) return Direction.MIXED;
        return up ? Direction.OUT : down ? Direction.IN : Direction.UNKNOWN;
    }
}
