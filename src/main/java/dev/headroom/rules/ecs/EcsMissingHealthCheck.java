package dev.headroom.rules.ecs;

import dev.headroom.model.EcsService;
import dev.headroom.model.Related;
import dev.headroom.model.Stack;
import dev.headroom.model.TaskDefinition;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.List;

@RuleInfo(
        id = "HR208",
        name = "ecs-missing-health-check",
        severity = Severity.WARNING,
        summary = "ECS service with no load-balancer health check and no container HealthCheck: nothing replaces a hung task.",
        whatItDoes = """
                Reports an ECS service that registers with no load balancer (`LoadBalancers` empty or absent) when \
                no container of its task definition (in the same stack) has a `HealthCheck`. Services whose task \
                definition is outside the stack are not reported.""",
        whyIsThisBad = """
                ECS replaces a task when its essential container exits or a health check fails. A process that \
                hangs — a deadlock, a stuck consumer — neither exits nor fails anything, so it stays "running" and \
                does no work until someone notices.""",
        example = """
                ```yaml
                  Worker:
                    Type: AWS::ECS::Service
                    Properties:
                      TaskDefinition: !Ref WorkerTask
                  WorkerTask:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - Name: worker
                          Image: worker:1
                ```""",
        useInstead = """
                Give the essential container a health check (or register the service with a target group):
                ```yaml
                        - Name: worker
                          Image: worker:1
                          HealthCheck:
                            Command: ["CMD-SHELL", "test -f /tmp/alive || exit 1"]
                            Interval: 30
                            Retries: 3
                ```""",
        tags = {"ecs", "reliability", "health"},
        references = {"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/healthcheck.html",
                "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-healthcheck.html"})
public final class EcsMissingHealthCheck implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (EcsService s : stack.ecsServices()) {
            if (s.loadBalanced() || s.taskDefinitionId() == null) continue;
            TaskDefinition td = stack.taskDefinitions().stream().filter(t -> t.id().equals(s.taskDefinitionId()))
                    .findFirst().orElse(null);
            if (td == null || td.containers().isEmpty()) continue;
            if (td.containers().stream().anyMatch(c -> c.hasHealthCheck())) continue;
            ctx.report(s.origin(), "HealthCheck", s.origin().source(), String.format(
                    "Service %s has no load balancer and no container of task definition %s has a HealthCheck: a hung "
                            + "task is never replaced. Add a container HealthCheck", s.origin().label(), td.origin().label()),
                    List.of(new Related(td.origin().source(), "task definition " + td.origin().label())));
        }
    }
}
