package dev.headroom.rules.tool;

import dev.headroom.model.Database;
import dev.headroom.model.EcsService;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.Origin;
import dev.headroom.model.ProvisionedConcurrency;
import dev.headroom.model.Queue;
import dev.headroom.model.Related;
import dev.headroom.model.ScalableTarget;
import dev.headroom.model.ScalingPolicy;
import dev.headroom.model.Stack;
import dev.headroom.model.TaskDefinition;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "HR901",
        name = "unresolved-value",
        severity = Severity.NOTE,
        summary = "A value that a rule needs could not be resolved statically, so the rules that need it skipped it.",
        whatItDoes = """
                Reports each setting that headroom's rules check but whose value could not be resolved from the \
                input alone, with the reason: a `Ref` to a parameter without `Default`, an `Fn::GetAtt` or \
                `Fn::ImportValue` (known only at deploy time), a Serverless `${ssm:...}` (resolved at deploy time), \
                an `Fn::If` whose condition cannot be resolved. The settings are the function timeout, memory, \
                ephemeral storage, runtime, reserved and provisioned concurrency, VPC configuration and SnapStart; \
                integration timeouts; queue visibility timeouts; ECS desired counts, circuit breakers and \
                deployment controllers; task sizes; scaling capacities and cooldowns; database accessibility — each \
                only where a rule reads it (the visibility timeout of a queue that triggers a function, the size of a \
                Fargate task definition, the integration timeout of an API Gateway route). A \
                value inherited by several functions is reported once, where it is written. Off in the default \
                rule set, on (as a warning) in `strict`.""",
        whyIsThisBad = """
                Rules do not guess: a value headroom cannot see is a value it cannot check. This rule makes the \
                blind spots visible, so that you can pass the value with `--param KEY=VALUE` or give the parameter \
                a default.""",
        example = """
                ```yaml
                Parameters:
                  Timeout:
                    Type: Number          # no Default
                Resources:
                  Worker:
                    Type: AWS::Lambda::Function
                    Properties:
                      Timeout: !Ref Timeout
                ```""",
        useInstead = """
                Give the parameter a default, or scan with the deployed value: \
                `headroom scan --param Timeout=60 template.yaml`.
                ```yaml
                  Timeout:
                    Type: Number
                    Default: 60
                ```""",
        tags = {"tool", "resolution"},
        references = {"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html",
                "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html"})
public final class UnresolvedValue implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        Set<String> seen = new HashSet<>();
        for (LambdaFunction fn : stack.functions()) {
            Origin o = fn.origin();
            check(ctx, seen, o, "Timeout", "function " + o.label(), fn.timeout(), "HR101, HR102, HR303, HR304, HR305");
            check(ctx, seen, o, "MemorySize", "function " + o.label(), fn.memorySize(), "HR103");
            check(ctx, seen, o, "EphemeralStorage", "function " + o.label(), fn.ephemeralStorage(), "HR104");
            check(ctx, seen, o, "Runtime", "function " + o.label(), fn.runtime(), "HR105, HR107");
            check(ctx, seen, o, "ReservedConcurrentExecutions", "function " + o.label(), fn.reservedConcurrency(), "HR106, HR108");
            check(ctx, seen, o, "ProvisionedConcurrentExecutions", "function " + o.label(), fn.provisionedConcurrency(), "HR105, HR106");
            check(ctx, seen, o, "SnapStart", "function " + o.label(), fn.snapStart(), "HR105");
            check(ctx, seen, o, "VpcConfig", "function " + o.label(), fn.vpc(), "HR302");
        }
        for (ProvisionedConcurrency pc : stack.provisionedConcurrency()) {
            check(ctx, seen, pc.origin(), "ProvisionedConcurrentExecutions", pc.origin().label(), pc.executions(), "HR105, HR106");
        }
        // Only what a rule would have read: integration timeouts of API Gateway, queues that trigger a function,
        // sizes of Fargate task definitions, capacities of ECS scalable targets.
        for (Trigger t : stack.triggers()) {
            if (t.kind() != TriggerKind.REST_API && t.kind() != TriggerKind.HTTP_API) continue;
            Origin fn = stack.function(t.functionId()).map(LambdaFunction::origin).orElse(null);
            check(ctx, seen, fn, "TimeoutInMillis", t.kind().title() + " integration", t.timeoutMillis(), "HR303");
        }
        for (Queue q : stack.queues()) {
            boolean triggers = stack.triggers().stream().anyMatch(t -> q.id().equals(t.queueId()));
            if (!triggers) continue;
            check(ctx, seen, q.origin(), "VisibilityTimeout", "queue " + q.origin().label(), q.visibilityTimeout(), "HR304, HR305");
        }
        for (EcsService s : stack.ecsServices()) {
            String what = "service " + s.origin().label();
            check(ctx, seen, s.origin(), "DesiredCount", what, s.desiredCount(), "HR203");
            check(ctx, seen, s.origin(), "DeploymentCircuitBreaker", what, s.circuitBreaker(), "HR207");
            check(ctx, seen, s.origin(), "DeploymentController", what, s.deploymentController(), "HR207");
        }
        for (TaskDefinition td : stack.taskDefinitions()) {
            if (!td.fargate()) continue;
            check(ctx, seen, td.origin(), "Cpu", "task definition " + td.origin().label(), td.cpu(), "HR205");
            check(ctx, seen, td.origin(), "Memory", "task definition " + td.origin().label(), td.memory(), "HR205");
        }
        for (ScalableTarget t : stack.scalableTargets()) {
            if (t.serviceNamespace() != null && !t.serviceNamespace().equals("ecs")) continue;
            check(ctx, seen, t.origin(), "MinCapacity", "scalable target " + t.origin().label(), t.minCapacity(), "HR204");
            check(ctx, seen, t.origin(), "MaxCapacity", "scalable target " + t.origin().label(), t.maxCapacity(), "HR204");
        }
        for (ScalingPolicy p : stack.scalingPolicies()) {
            String what = "scaling policy " + p.origin().label();
            check(ctx, seen, p.origin(), "ScaleOutCooldown", what, p.scaleOutCooldown(), "HR201, HR202");
            check(ctx, seen, p.origin(), "ScaleInCooldown", what, p.scaleInCooldown(), "HR201");
            check(ctx, seen, p.origin(), "Cooldown", what, p.cooldown(), "HR201, HR202");
        }
        for (Database db : stack.databases()) {
            check(ctx, seen, db.origin(), "PubliclyAccessible", "database " + db.origin().label(), db.publiclyAccessible(), "HR302");
        }
    }

    private static void check(RuleContext ctx, Set<String> seen, Origin origin, String setting, String owner,
                              Located<?> v, String rules) {
        if (v == null || v.known() || v.unknownReason() == null) return;
        if (!seen.add(v.source() + "|" + setting)) return; // a Globals value inherited by many functions: once
        List<Related> related = v.related();
        // Only a parameter can be given on the command line; an import or an SSM value is simply out of sight.
        String reason = v.unknownReason();
        String advice = reason.startsWith("parameter ") || reason.contains("${param:") || reason.contains("${opt:")
                ? ". Give it a default or pass it with --param" : "";
        ctx.report(origin, setting, v.source(), String.format(
                "%s of %s cannot be resolved statically (%s); %s skipped it%s",
                setting, owner, reason, rules, advice), related);
    }
}
