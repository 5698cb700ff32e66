package dev.headroom.rules.ecs;

import dev.headroom.model.EcsService;
import dev.headroom.fix.Applicability;
import dev.headroom.fix.Change;
import dev.headroom.model.Source;
import dev.headroom.model.Stack;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
        id = "HR207",
        name = "ecs-missing-deployment-circuit-breaker",
        severity = Severity.NOTE,
        summary = "ECS service without the deployment circuit breaker with rollback.",
        whatItDoes = """
                Reports an ECS service using the ECS (rolling update) deployment controller — the default — whose \
                `DeploymentConfiguration.DeploymentCircuitBreaker` is absent, or does not have both `Enable` and \
                `Rollback` true. Services deployed by CodeDeploy or an external controller are not reported. The                 finding points at `DeploymentConfiguration` when the service has one (where the breaker goes),                 else at the service.""",
        whyIsThisBad = """
                Without the circuit breaker, a deployment whose tasks never become healthy keeps replacing them \
                for hours while CloudFormation waits, then the stack update times out. With it, ECS detects the \
                failure after a few attempts and rolls back to the last working task definition.""",
        example = """
                ```yaml
                  Service:
                    Type: AWS::ECS::Service
                    Properties:
                      DesiredCount: 2
                ```""",
        useInstead = """
                ```yaml
                  Service:
                    Type: AWS::ECS::Service
                    Properties:
                      DeploymentConfiguration:
                        DeploymentCircuitBreaker:
                          Enable: true
                          Rollback: true
                ```""",
        tags = {"ecs", "deployment", "reliability"},
        fix = Applicability.SAFE,
        fixSummary = "sets `DeploymentConfiguration.DeploymentCircuitBreaker` to `{Enable: true, Rollback: true}`, "
                + "creating `DeploymentConfiguration` (and `Properties`) when absent and keeping its other settings.",
        references = {"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html"})
public final class EcsMissingDeploymentCircuitBreaker implements Rule {

    /** What the fix writes, in this key order. */
    private static final Map<String, Object> ENABLED = enabledWithRollback();

    private static Map<String, Object> enabledWithRollback() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Enable", true);
        m.put("Rollback", true);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public void check(Stack stack, RuleContext rules) {
        for (EcsService s : stack.ecsServices()) {
            if (s.deploymentController() == null || !"ECS".equals(s.deploymentController().value())) continue;
            RuleContext ctx = rules.withFix(new Change.SetProperty(s.origin(),
                    List.of("Properties", "DeploymentConfiguration", "DeploymentCircuitBreaker"), ENABLED));
            if (s.circuitBreaker() == null) {
                // The user adds the breaker inside DeploymentConfiguration when the service has one.
                Source at = s.deploymentConfiguration() != null ? s.deploymentConfiguration() : s.origin().source();
                ctx.report(s.origin(), "DeploymentCircuitBreaker", at, String.format(
                        "Service %s has no deployment circuit breaker: a failing deployment keeps replacing tasks "
                                + "until the stack times out. Enable DeploymentCircuitBreaker with Rollback",
                        s.origin().label()), List.of());
            } else if (Boolean.FALSE.equals(s.circuitBreaker().value())) {
                ctx.reportOn("Service", s.origin(), "DeploymentCircuitBreaker", s.circuitBreaker(),
                        "the deployment circuit breaker is not enabled with rollback; set Enable and Rollback to true");
            }
        }
    }
}
