package dev.headroom.rules.fit;

import dev.headroom.fit.FitAnalysis;
import dev.headroom.fit.Money;
import dev.headroom.fit.PriceBook;
import dev.headroom.fit.WorkloadFit;
import dev.headroom.model.Related;
import dev.headroom.model.Stack;
import dev.headroom.model.TrafficProfile;
import dev.headroom.rules.RuleContext;

import java.math.BigDecimal;

/** What the cost rules share: the analysis in the stack's price region, and how they state traffic and assumptions. */
final class Fits {

    private Fits() {
    }

    static FitAnalysis analysis(Stack stack, RuleContext ctx) {
        return new FitAnalysis(ctx.prices().apply(PriceBook.forRegion(stack.region())), FitAnalysis.Settings.DEFAULT);
    }

    /** The {@code margin} parameter: a share (0.3) or a percentage (30). */
    static BigDecimal margin(RuleContext ctx) {
        BigDecimal m = new BigDecimal(ctx.param("margin").trim().replace("%", ""));
        return m.compareTo(BigDecimal.ONE) > 0 ? Money.div(m, BigDecimal.valueOf(100)) : m;
    }

    /** True when {@code cheaper} undercuts {@code dearer} by more than {@code margin} of {@code dearer}. */
    static boolean beyond(BigDecimal cheaper, BigDecimal dearer, BigDecimal margin) {
        return dearer.signum() > 0 && dearer.subtract(cheaper).compareTo(dearer.multiply(margin)) > 0;
    }

    /** {@code 2 requests/s of 200 ms} or {@code 10,000 jobs/day of 30 s}. */
    static String traffic(TrafficProfile t) {
        if (t.jobDriven()) return Money.number(t.jobsPerDay(), 2) + " jobs/day of " + Money.number(t.jobSeconds(), 1) + " s";
        String s = Money.number(t.requestsPerSecond(), 3) + " requests/s of " + Money.number(t.durationMs(), 1) + " ms";
        if (t.peakToMean().compareTo(BigDecimal.ONE) != 0) s += ", peak " + Money.number(t.peakToMean(), 2) + "× mean";
        if (t.cpuShare().compareTo(BigDecimal.ONE) != 0) s += ", cpuShare " + Money.number(t.cpuShare(), 3);
        return s;
    }

    static Related declaredAt(TrafficProfile t) {
        return new Related(t.source(), t.targetId() == null ? "traffic declared for the template" : "traffic declared here");
    }

    /** {@code (us-east-1 prices of 2026-11-29, Fargate at 65 % CPU)}. */
    static String basis(WorkloadFit f) {
        WorkloadFit.Assumptions a = f.assumptions();
        return "(" + a.region() + (a.requestedRegion() != null ? " prices, none for " + a.requestedRegion() : " prices")
                + " of " + a.priceDate() + (a.pricesOverridden() ? " with overrides" : "")
                + ", Fargate at " + Money.percent(a.utilisation()) + " CPU; `headroom fit` shows the table)";
    }

    static String usd(BigDecimal v) {
        return Money.format(v);
    }
}
