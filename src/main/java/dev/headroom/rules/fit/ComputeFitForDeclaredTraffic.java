package dev.headroom.rules.fit;

import dev.headroom.fit.Arch;
import dev.headroom.fit.FitAnalysis;
import dev.headroom.fit.Money;
import dev.headroom.fit.WorkloadFit;
import dev.headroom.model.EcsService;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Origin;
import dev.headroom.model.Stack;
import dev.headroom.model.TrafficProfile;
import dev.headroom.rules.Param;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.math.BigDecimal;
import java.util.List;

@RuleInfo(
        id = "HR403",
        name = "compute-fit-for-declared-traffic",
        severity = Severity.NOTE,
        summary = "At its declared traffic, the workload would cost less on the other compute model (Lambda or Fargate) by more than `margin`.",
        whatItDoes = """
                For a function or ECS service **with a declared traffic profile**, compares the cheapest option on \
                its current compute model with the same work on the other one, and reports when the other costs less \
                by more than `margin` (30 %):
                - a function: Fargate sized to the traffic (the smallest task with at least the function's vCPU share \
                and memory, at 65 % CPU, two tasks for an HTTP service and one for a worker, same architecture) \
                against the cheaper of Lambda on demand and its provisioned configuration — so a provisioned function \
                that on demand would fix gets HR401 alone;
                - an ECS service on Fargate: Lambda on demand (at the profile's `lambdaMemoryMb`, else the task's \
                vCPUs × 1,769 MB) against the service's Fargate cost at that traffic, never below its minimum tasks.
                The finding points at the workload, names the declaration as a related location, and gives both \
                monthly estimates and the crossover rate.""",
        whyIsThisBad = """
                Lambda bills every request's wall time on a whole environment; a container shares its vCPUs among the \
                requests in flight. At a few requests a second Lambda costs cents where Fargate's minimum tasks cost \
                dollars; at a steady hundred requests a second the order reverses. Which side of the crossover a \
                workload sits on is an architecture decision worth revisiting when the traffic is known.""",
        example = """
                ```yaml
                  Api:
                    Type: AWS::Serverless::Function
                    Metadata:
                      headroom:
                        traffic: {requestsPerSecond: 500, durationMs: 50, cpuShare: 0.25}
                    Properties:
                      MemorySize: 1769
                      Architectures: [arm64]
                ```""",
        useInstead = """
                Weigh the monthly difference against what each model buys (scale to zero, no servers to patch, burst \
                absorption on Lambda; steady throughput, long requests, shared CPU on Fargate). `headroom fit` shows \
                the whole table and the chart; if the declared traffic is wrong, correct the declaration.
                ```yaml
                    Metadata:
                      headroom:
                        traffic: {requestsPerSecond: 5, durationMs: 50, cpuShare: 0.25}
                ```""",
        tags = {"lambda", "ecs", "fargate", "cost", "fit"},
        params = @Param(name = "margin", defaultValue = "0.3",
                description = "how much cheaper the other model must be, as a share of the current cost (0.3 = 30 %)"),
        references = {"https://aws.amazon.com/lambda/pricing/", "https://aws.amazon.com/fargate/pricing/",
                "https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html"})
public final class ComputeFitForDeclaredTraffic implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        if (stack.traffic().isEmpty()) return;
        FitAnalysis analysis = Fits.analysis(stack, ctx);
        BigDecimal margin = Fits.margin(ctx);
        for (LambdaFunction fn : stack.functions()) {
            if (stack.trafficOf(fn.id()) == null || fn.onManagedInstances()) continue;
            WorkloadFit f = analysis.function(stack, fn);
            if (f == null) continue;
            Arch arch = Arch.of(fn.architecture() == null ? null : fn.architecture().value());
            WorkloadFit.Option od = f.option("lambda-" + arch.id());
            WorkloadFit.Option pc = f.option("provisioned");
            WorkloadFit.Option current = pc != null && pc.monthly().compareTo(od.monthly()) < 0 ? pc : od;
            WorkloadFit.Option other = f.option("fargate-" + arch.id());
            if (other == null || !Fits.beyond(other.monthly(), current.monthly(), margin)) continue;
            report(ctx, fn.origin(), "function", f, current, other);
        }
        for (EcsService svc : stack.ecsServices()) {
            if (stack.trafficOf(svc.id()) == null) continue;
            WorkloadFit f = analysis.service(stack, svc);
            if (f == null) continue;
            WorkloadFit.Option current = f.currentOption();
            WorkloadFit.Option other = f.option("lambda-x86_64");
            if (other == null || !Fits.beyond(other.monthly(), current.monthly(), margin)) continue;
            report(ctx, svc.origin(), "service", f, current, other);
        }
    }

    private static void report(RuleContext ctx, Origin origin, String kind, WorkloadFit f, WorkloadFit.Option current,
                               WorkloadFit.Option other) {
        TrafficProfile t = f.traffic();
        WorkloadFit.BreakEven cross = f.breakEven("crossover");
        String crossover = cross == null ? "" : String.format("; the two cost the same at %s %s",
                Money.number(cross.value(), 2), cross.unit());
        ctx.report(origin, kind.equals("function") ? "Function" : "Service", origin.source(), String.format(
                        "%s %s would cost %s a month on %s (%s) instead of %s on %s (%s) at the declared %s, %s less%s. "
                                + "Weigh it against what the current model buys %s",
                        kind.equals("function") ? "Function" : "Service", origin.label(), Fits.usd(other.monthly()),
                        other.label(), other.configuration(), Fits.usd(current.monthly()), current.label(),
                        current.configuration(), Fits.traffic(t),
                        Money.percent(Money.div(current.monthly().subtract(other.monthly()), current.monthly())), crossover,
                        Fits.basis(f)),
                List.of(Fits.declaredAt(t)));
    }
}
