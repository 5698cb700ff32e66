package dev.headroom.rules.ecs;

import dev.headroom.model.Related;
import dev.headroom.model.ScalableTarget;
import dev.headroom.model.Stack;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

@RuleInfo(
        id = "HR204",
        name = "ecs-autoscaling-fixed-capacity",
        severity = Severity.WARNING,
        summary = "ECS scalable target whose MinCapacity equals its MaxCapacity: auto scaling can never act.",
        whatItDoes = """
                Reports an Application Auto Scaling target of an ECS service whose `MinCapacity` equals its \
                `MaxCapacity`.""",
        whyIsThisBad = """
                The policies attached to the target can never change the task count, so the service looks \
                elastic in review but is fixed in production: short under a spike, paying for idle tasks at night. \
                It often is a leftover of a temporary pin during an incident.""",
        example = """
                ```yaml
                  ScalableTarget:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      MinCapacity: 2
                      MaxCapacity: 2
                ```""",
        useInstead = """
                Give the target room to move, or remove the scaling resources and set `DesiredCount` on purpose.
                ```yaml
                      MinCapacity: 2
                      MaxCapacity: 10
                ```""",
        tags = {"ecs", "autoscaling", "capacity"},
        references = {"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html"})
public final class EcsAutoscalingFixedCapacity implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (ScalableTarget t : stack.scalableTargets()) {
            if (t.serviceNamespace() != null && !t.serviceNamespace().equals("ecs")) continue;
            if (t.minCapacity() == null || t.maxCapacity() == null) continue;
            if (t.minCapacity().isUnknown() || t.maxCapacity().isUnknown()) continue;
            if (!t.minCapacity().value().equals(t.maxCapacity().value())) continue;
            ctx.report(t.origin(), "MaxCapacity", t.maxCapacity(), String.format(
                            "Scalable target %s has MinCapacity = MaxCapacity = %d; its scaling policies can never change "
                                    + "the task count. Raise MaxCapacity or drop auto scaling",
                            t.origin().label(), t.maxCapacity().value()),
                    new Related(t.minCapacity().source(), "MinCapacity " + t.minCapacity().value()));
        }
    }
}
