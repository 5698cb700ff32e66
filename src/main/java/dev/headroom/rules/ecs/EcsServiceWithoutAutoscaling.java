package dev.headroom.rules.ecs;

import dev.headroom.model.EcsService;
import dev.headroom.model.Located;
import dev.headroom.model.Related;
import dev.headroom.model.ScalableTarget;
import dev.headroom.model.Stack;
import dev.headroom.rules.Candidates;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "HR203",
        name = "ecs-service-without-autoscaling",
        severity = Severity.NOTE,
        summary = "ECS service with a fixed DesiredCount and no scalable target: sized for peak, paying for idle off-peak.",
        whatItDoes = """
                Reports an ECS service that sets `DesiredCount` to 2 or more when no Application Auto Scaling \
                scalable target of the stack scales it. A single task cannot be scaled down, so `DesiredCount: 1` \
                is not reported. When the count comes from elsewhere (a parameter default, a mapping), the finding \
                points at the service and names that place as a related location. When the stack has an ECS scalable target whose service \
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

    private static final int MIN_TASKS = 2;

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (ScalableTarget t : stack.scalableTargets()) {
            // A target we cannot attribute might scale any service: stay silent rather than guess.
            if ("ecs".equals(t.serviceNamespace()) && t.ecsServiceId() == null) return;
        }
        var scaled = stack.targetsByService();
        for (EcsService s : stack.ecsServices()) {
            // One task cannot be scaled down: "pays for peak off-peak" is false there. A count that is one of a
            // few values (an Fn::If, AllowedValues) is judged when every one is at least 2.
            Located<Integer> count = Candidates.whenAllViolate(s.desiredCount(), c -> c >= MIN_TASKS);
            if (count == null) continue;
            if (scaled.containsKey(s.id())) continue;
            String message = String.format(
                    "Service %s runs a fixed %d tasks%s and no scalable target scales it: it pays for peak capacity "
                            + "off-peak. Add Application Auto Scaling with a target-tracking policy",
                    s.origin().label(), count.value(), Candidates.note(s.desiredCount(), ""));
            if (count.related().isEmpty()) {
                ctx.report(s.origin(), "DesiredCount", count, message);
            } else {
                // Written elsewhere (a parameter default shared by other stacks): point at the service the user
                // scales, and say where the count comes from.
                List<Related> related = new ArrayList<>();
                related.add(new Related(count.source(), "DesiredCount " + count.value() + " comes from here"));
                related.addAll(count.related());
                ctx.report(s.origin(), "DesiredCount", s.origin().source(), message, related);
            }
        }
    }
}
