package dev.headroom.rules.fit;

import dev.headroom.fit.FitAnalysis;
import dev.headroom.fit.Money;
import dev.headroom.fit.WorkloadFit;
import dev.headroom.model.EcsService;
import dev.headroom.model.Related;
import dev.headroom.model.ScalableTarget;
import dev.headroom.model.ScalingPolicy;
import dev.headroom.model.Stack;
import dev.headroom.model.TrafficProfile;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@RuleInfo(
        id = "HR402",
        name = "ecs-idle-event-worker",
        severity = Severity.NOTE,
        summary = "An ECS service scaled on queue depth keeps MinCapacity ≥ 1: it pays for idle tasks while the queue is empty.",
        whatItDoes = """
                Reports a Fargate service whose scalable target tracks or steps on an SQS queue-depth metric \
                (`ApproximateNumberOfMessagesVisible`, or a custom metric named for the backlog) while keeping \
                `MinCapacity` at 1 or more. The message gives the idle floor's monthly cost and where Lambda breaks \
                even with it: in jobs a day when jobs are declared (`Metadata.headroom.traffic: {jobsPerDay, \
                jobSeconds}`), else in busy hours a month. Declared jobs above the break-even silence it: the floor \
                is then busy anyway.""",
        whyIsThisBad = """
                A worker that only drains a queue has nothing to do when the queue is empty, but its minimum tasks \
                run all month: one 1 vCPU / 2 GB task is $36 a month in us-east-1. Below about 350 busy hours a month \
                (1,371 jobs a day of 30 s), the same jobs on Lambda cost less than the idle floor alone.""",
        example = """
                ```yaml
                  WorkerScaling:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      MinCapacity: 1            # one task all month, queue empty or not
                      MaxCapacity: 10
                ```""",
        useInstead = """
                Let the service scale to zero: `MinCapacity: 0` with step scaling on queue depth (target tracking \
                cannot scale out from zero tasks, step scaling on an alarm can), or move the jobs to a Lambda function \
                with an SQS event source when each job fits in 15 minutes.
                ```yaml
                      MinCapacity: 0
                      MaxCapacity: 10
                ```""",
        tags = {"ecs", "cost", "autoscaling", "sqs", "fit"},
        references = {"https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-step-scaling-policies.html",
                "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html",
                "https://aws.amazon.com/fargate/pricing/"})
public final class EcsIdleEventWorker implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        FitAnalysis analysis = null;
        for (EcsService svc : stack.ecsServices()) {
            for (ScalableTarget target : stack.targetsByService().getOrDefault(svc.id(), List.of())) {
                if (target.minCapacity() == null || !target.minCapacity().known() || target.minCapacity().value() < 1) continue;
                ScalingPolicy policy = queuePolicy(stack, target);
                if (policy == null) continue;
                if (analysis == null) analysis = Fits.analysis(stack, ctx);
                WorkloadFit f = analysis.service(stack, svc);
                if (f == null) continue;
                report(stack, svc, target, policy, f, ctx);
            }
        }
    }

    private static void report(Stack stack, EcsService svc, ScalableTarget target, ScalingPolicy policy, WorkloadFit f,
                               RuleContext ctx) {
        TrafficProfile t = f.traffic();
        WorkloadFit.Option lambda = f.option("lambda-x86_64");
        int min = target.minCapacity().value();
        String floor = String.format("Service %s keeps MinCapacity %d while it scales on queue depth (%s): its idle floor "
                        + "of %s costs %s a month", svc.origin().label(), min, policy.metric(), f.fixedWhat(),
                Fits.usd(f.fixedMonthly()));
        String fits = lambda == null ? "" : "; or move the jobs to Lambda, since they fit in 15 minutes";
        List<Related> related = new ArrayList<>();
        related.add(new Related(svc.origin().source(), "service " + svc.origin().label()));
        related.add(new Related(policy.origin().source(), "scaling policy on " + policy.metric()));
        String message;
        if (t != null) {
            related.add(Fits.declaredAt(t));
            if (lambda == null) {
                message = floor + String.format(". At the declared %s Lambda is no option (%s); set MinCapacity: 0 with "
                        + "step scaling on queue depth so the floor goes when the queue is empty %s",
                        Fits.traffic(t), FitAnalysis.lambdaMisfit(t), Fits.basis(f));
            } else {
                // Declared traffic above the break-even keeps the floor busy: nothing to say.
                if (lambda.monthly().compareTo(f.fixedMonthly()) >= 0) return;
                WorkloadFit.BreakEven be = f.breakEven("floor-jobs");
                message = floor + String.format(". At the declared %s the same work on Lambda (%s) costs %s a month%s. "
                                + "Set MinCapacity: 0 with step scaling on queue depth%s %s",
                        Fits.traffic(t), lambda.configuration(), Fits.usd(lambda.monthly()),
                        be == null ? "" : ", and Lambda breaks even with the floor at " + Money.number(be.value(), 0) + " jobs/day",
                        fits, Fits.basis(f));
            }
        } else {
            WorkloadFit.BreakEven be = f.breakEven("floor-busy-hours");
            message = floor + String.format(", as much as %s busy hours a month of Lambda at %d MB (without declared jobs). "
                            + "Set MinCapacity: 0 with step scaling on queue depth%s %s",
                    Money.number(be.value(), 1), f.assumptions().lambdaMemoryMb(), fits.isEmpty() ? "; or move the jobs to "
                            + "Lambda if each fits in 15 minutes" : fits, Fits.basis(f));
        }
        ctx.report(svc.origin(), "MinCapacity", target.minCapacity(), message, related.toArray(Related[]::new));
    }

    /** A policy of {@code target} that scales on an SQS queue-depth (backlog) metric, or null. */
    static ScalingPolicy queuePolicy(Stack stack, ScalableTarget target) {
        for (ScalingPolicy p : stack.policiesOf(target.id())) {
            if (p.type() != ScalingPolicy.Type.OTHER && queueDepth(p.metric())) return p;
        }
        return null;
    }

    static boolean queueDepth(String metric) {
        if (metric == null) return false;
        String m = metric.toLowerCase(Locale.ROOT);
        return m.startsWith("approximatenumberofmessages") && !m.contains("notvisible") || m.contains("backlog");
    }
}
