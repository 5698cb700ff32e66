package dev.headroom.rules.ecs;

import dev.headroom.model.ContainerDefinition;
import dev.headroom.model.Related;
import dev.headroom.model.Stack;
import dev.headroom.model.TaskDefinition;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.List;

@RuleInfo(
        id = "HR206",
        name = "ecs-missing-log-configuration",
        severity = Severity.WARNING,
        summary = "ECS container definition without LogConfiguration: its output is lost.",
        whatItDoes = """
                Reports each container definition of an ECS task definition that has no `LogConfiguration`.""",
        whyIsThisBad = """
                Without a log driver, what the container writes to stdout and stderr goes nowhere you can read \
                it: on Fargate it is simply lost. The first crash loop in production then has no trace.""",
        example = """
                ```yaml
                  TaskDefinition:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - Name: web
                          Image: nginx
                ```""",
        useInstead = """
                Send the output to CloudWatch Logs (or FireLens):
                ```yaml
                        - Name: web
                          Image: nginx
                          LogConfiguration:
                            LogDriver: awslogs
                            Options:
                              awslogs-group: !Ref LogGroup
                              awslogs-region: !Ref AWS::Region
                              awslogs-stream-prefix: web
                ```""",
        tags = {"ecs", "observability"},
        references = {"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html",
                "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-containerdefinition.html"})
public final class EcsMissingLogConfiguration implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (TaskDefinition td : stack.taskDefinitions()) {
            for (ContainerDefinition c : td.containers()) {
                if (c.hasLogConfiguration()) continue;
                ctx.report(td.origin(), "LogConfiguration:" + c.name(), c.source(), String.format(
                        "Container %s of task definition %s has no LogConfiguration: its stdout and stderr are lost. "
                                + "Add an awslogs (or FireLens) log configuration",
                        c.name(), td.origin().label()), List.of(new Related(td.origin().source(), "task definition " + td.origin().label())));
            }
        }
    }
}
