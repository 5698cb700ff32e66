package dev.headroom.rules.fit;

import dev.headroom.fit.Arch;
import dev.headroom.fit.FitAnalysis;
import dev.headroom.fit.Money;
import dev.headroom.fit.WorkloadFit;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.ProvisionedConcurrency;
import dev.headroom.model.Stack;
import dev.headroom.model.TrafficProfile;
import dev.headroom.rules.Param;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.math.BigDecimal;

@RuleInfo(
        id = "HR401",
        name = "lambda-provisioned-concurrency-cost",
        severity = Severity.NOTE,
        summary = "At its declared traffic, a function would cost less on demand than with its provisioned concurrency, by more than `margin`.",
        whatItDoes = """
                For a function with provisioned concurrency **and a declared traffic profile** (`Metadata.headroom.traffic`, \
                or `custom.headroom.traffic` in serverless.yml), prices the function both ways at that traffic — the \
                reservation of every provisioned environment all month, the lower duration price for the invocations \
                it serves, on-demand prices for what spills over — and reports when on demand costs less by more than \
                `margin` (30 %). The message gives both monthly figures, the utilisation of the provisioned \
                environments, and where provisioned concurrency starts to pay (60 % utilisation). Without a declared \
                profile it does not fire: provisioned concurrency buys latency, and configuration alone proves no \
                saving.""",
        whyIsThisBad = """
                Provisioned concurrency is paid while configured, busy or idle: 20 environments of 1,769 MB reserve \
                $378 a month before the first request. Below 60 % utilisation the same invocations cost less on \
                demand (x86 and arm64 alike), so a reservation sized for a launch day and never revisited is money \
                spent on cold starts that may not matter.""",
        example = """
                ```yaml
                  Api:
                    Type: AWS::Serverless::Function
                    Metadata:
                      headroom:
                        traffic: {requestsPerSecond: 2, durationMs: 200}
                    Properties:
                      MemorySize: 1769
                      AutoPublishAlias: live
                      ProvisionedConcurrencyConfig:
                        ProvisionedConcurrentExecutions: 20   # 2 % utilised at 2 requests/s
                ```""",
        useInstead = """
                Size the reservation to the concurrency you need (`requestsPerSecond × duration`, above 60 % busy), \
                schedule it for business hours with Application Auto Scaling, or drop it where a cold start is \
                acceptable (SnapStart cuts Java and Python cold starts without a reservation).
                ```yaml
                      ProvisionedConcurrencyConfig:
                        ProvisionedConcurrentExecutions: 1
                ```""",
        tags = {"lambda", "cost", "provisioned-concurrency", "fit"},
        params = @Param(name = "margin", defaultValue = "0.3",
                description = "how much cheaper on demand must be, as a share of the provisioned cost (0.3 = 30 %)"),
        references = {"https://aws.amazon.com/lambda/pricing/",
                "https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html"})
public final class LambdaProvisionedConcurrencyCost implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        if (stack.traffic().isEmpty()) return;
        FitAnalysis analysis = null;
        for (LambdaFunction fn : stack.functions()) {
            TrafficProfile t = stack.trafficOf(fn.id());
            if (t == null || fn.onManagedInstances()) continue;
            Located<Integer> at = setting(stack, fn);
            if (at == null) continue;
            if (analysis == null) analysis = Fits.analysis(stack, ctx);
            WorkloadFit f = analysis.function(stack, fn);
            if (f == null || f.option("provisioned") == null) continue;
            Arch arch = Arch.of(fn.architecture() == null ? null : fn.architecture().value());
            BigDecimal pc = f.option("provisioned").monthly();
            BigDecimal od = f.option("lambda-" + arch.id()).monthly();
            if (!Fits.beyond(od, pc, Fits.margin(ctx))) continue;
            int executions = FitAnalysis.provisioned(stack, fn);
            BigDecimal seconds = t.jobDriven() ? t.jobSeconds() : Money.div(t.durationMs(), BigDecimal.valueOf(1000));
            BigDecimal rate = t.jobDriven() ? Money.div(t.jobsPerDay(), BigDecimal.valueOf(86_400)) : t.requestsPerSecond();
            BigDecimal utilisation = Money.div(rate.multiply(seconds), BigDecimal.valueOf(executions)).min(BigDecimal.ONE);
            WorkloadFit.BreakEven pays = f.breakEven("provisioned-rate");
            ctx.report(fn.origin(), "ProvisionedConcurrency", at, String.format(
                    "Function %s keeps provisioned concurrency %d × %d MB: at the declared %s it costs %s a month, "
                            + "against %s on demand (%s less); its environments would be %s busy, and provisioned "
                            + "concurrency pays only above %s utilisation (%s %s here). Keep it if the cold starts it "
                            + "saves are worth %s a month; else lower it, schedule it, or use SnapStart %s",
                    fn.origin().label(), executions, fn.memorySize().value(), Fits.traffic(t), Fits.usd(pc), Fits.usd(od),
                    Money.percent(Money.div(pc.subtract(od), pc)), Money.percent(utilisation),
                    Money.percent(f.breakEven("provisioned-utilisation").value()),
                    Money.number(pays.value(), 2), pays.unit(), Fits.usd(pc.subtract(od)), Fits.basis(f)),
                    Fits.declaredAt(t));
        }
    }

    /** Where the provisioned concurrency is written (the first setting), or null when none is known. */
    private static Located<Integer> setting(Stack stack, LambdaFunction fn) {
        if (fn.provisionedConcurrency() != null && fn.provisionedConcurrency().known()) return fn.provisionedConcurrency();
        for (ProvisionedConcurrency pc : stack.provisionedConcurrency()) {
            if (fn.id().equals(pc.functionId()) && pc.executions() != null && pc.executions().known()) return pc.executions();
        }
        return null;
    }
}
