package dev.headroom.rules.ecs;

import dev.headroom.model.EcsService;
import dev.headroom.model.ScalableTarget;
import dev.headroom.model.Stack;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

@RuleInfo(
        id = "HR203",
        name = "ecs-service-without-autoscaling",
        severity = Severity.NOTE,
        summary = "ECS service with a fixed DesiredCount and no scalable target: sized for peak, paying for idle off-peak.",
        whatItDoes = """
                Reports an ECS service that sets `DesiredCount` (above 0) when no Application Auto Scaling \
                scalable target of the stack scales it. When the stack has an ECS scalable target whose service \
                cannot be told (its `ResourceId` is not resolved), no service of the stack is reported.""",
        whyIsThisBad = """
                A fixed task count is either sized for the peak — and pays for idle tasks every night and weekend — \
                or sized for the average and short during the peak. Target tracking on CPU or request count \
                follows the load for the price of two small resources.""",
        example = """
                ```yaml
                  Service:
                    Type: AWS::ECS::Service
                    Properties:
                      LaunchType: FARGATE
                      DesiredCount: 6
                ```""",
        useInstead = """
                Add a scalable target and a target-tracking policy:
                ```yaml
                  ScalableTarget:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      ServiceNamespace: ecs
                      ScalableDimension: ecs:service:DesiredCount
                      ResourceId: !Sub service/${Cluster}/${Service.Name}
                      MinCapacity: 2
                      MaxCapacity: 10
                ```""",
        tags = {"ecs", "autoscaling", "cost"},
        references = {"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html",
                "https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-target-tracking.html"})
public final class EcsServiceWithoutAutoscaling implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (ScalableTarget t : stack.scalableTargets()) {
            // A target we cannot attribute might scale any service: stay silent rather than guess.
            if ("ecs".equals(t.serviceNamespace()) && t.ecsServiceId() == null) return;
        }
        var scaled = stack.targetsByService();
        for (EcsService s : stack.ecsServices()) {
            if (s.desiredCount() == null || s.desiredCount().isUnknown() || s.desiredCount().value() <= 0) continue;
            if (scaled.containsKey(s.id())) continue;
            ctx.report(s.origin(), "DesiredCount", s.desiredCount(), String.format(
                    "Service %s runs a fixed %d task(s) and no scalable target scales it: it pays for peak capacity "
                            + "off-peak. Add Application Auto Scaling with a target-tracking policy",
                    s.origin().label(), s.desiredCount().value()));
        }
    }
}
