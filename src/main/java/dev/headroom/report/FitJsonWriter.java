package dev.headroom.report;

import dev.headroom.fit.Money;
import dev.headroom.fit.WorkloadFit;
import dev.headroom.model.TrafficProfile;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code headroom fit --format json}: stable field names for scripts. Dollars are numbers with two decimals
 * (rounded only here); a figure that needs traffic that was not declared is null.
 */
public final class FitJsonWriter {

    public void write(FitReport report, Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "headroom");
        root.put("version", report.version());
        root.put("currency", "USD");
        root.put("hoursPerMonth", 730);
        List<Object> workloads = new ArrayList<>();
        for (WorkloadFit w : report.workloads()) workloads.add(workload(report, w));
        root.put("workloads", workloads);
        root.put("skipped", report.skipped().stream().map(report::describe).toList());
        Json.write(root, out);
    }

    private static Map<String, Object> workload(FitReport report, WorkloadFit w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", w.kind());
        m.put("file", report.relative(w.origin().source().file()));
        m.put("line", w.origin().source().line());
        m.put("stack", w.stack());
        m.put("logicalId", w.origin().logicalId());
        m.put("name", w.origin().label());
        m.put("constructPath", w.origin().constructPath());
        m.put("current", w.current());
        m.put("traffic", traffic(report, w.traffic()));
        m.put("fixedMonthly", cents(w.fixedMonthly()));
        m.put("fixedWhat", w.fixedWhat());
        m.put("axis", w.axis());
        m.put("declared", w.declared());
        List<Object> options = new ArrayList<>();
        for (WorkloadFit.Option o : w.options()) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("id", o.id());
            om.put("label", o.label());
            om.put("configuration", o.configuration());
            om.put("current", o.current());
            om.put("scenario", o.scenario());
            om.put("monthly", cents(o.monthly()));
            om.put("idleFloor", cents(o.floor()));
            om.put("note", o.note());
            options.add(om);
        }
        m.put("options", options);
        List<Object> breakEvens = new ArrayList<>();
        for (WorkloadFit.BreakEven be : w.breakEvens()) {
            Map<String, Object> bm = new LinkedHashMap<>();
            bm.put("id", be.id());
            bm.put("description", be.description());
            bm.put("value", be.value().round(new java.math.MathContext(6)).stripTrailingZeros());
            bm.put("unit", be.unit());
            breakEvens.add(bm);
        }
        m.put("breakEvens", breakEvens);
        WorkloadFit.Assumptions a = w.assumptions();
        Map<String, Object> am = new LinkedHashMap<>();
        am.put("region", a.region());
        am.put("requestedRegion", a.requestedRegion());
        am.put("priceDate", a.priceDate());
        am.put("pricesOverridden", a.pricesOverridden());
        am.put("utilisation", a.utilisation());
        am.put("minTasks", a.minTasks());
        am.put("cpuShare", a.cpuShare());
        am.put("peakToMean", a.peakToMean());
        am.put("spotDiscount", a.spotDiscount());
        am.put("lambdaMemoryMb", a.lambdaMemoryMb());
        am.put("fargateSize", a.fargateSize());
        am.put("text", a.line());
        m.put("assumptions", am);
        m.put("notes", w.notes());
        return m;
    }

    private static Map<String, Object> traffic(FitReport report, TrafficProfile t) {
        if (t == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", t.jobDriven() ? "jobs" : "requests");
        if (t.jobDriven()) {
            m.put("jobsPerDay", t.jobsPerDay());
            m.put("jobSeconds", t.jobSeconds());
        } else {
            m.put("requestsPerSecond", t.requestsPerSecond());
            m.put("durationMs", t.durationMs());
            m.put("peakToMean", t.peakToMean());
            m.put("cpuShare", t.cpuShare());
        }
        m.put("lambdaMemoryMb", t.lambdaMemoryMb());
        m.put("declaredAt", report.relative(t.source().file()) + ":" + t.source().line());
        m.put("templateDefault", t.targetId() == null);
        return m;
    }

    private static BigDecimal cents(BigDecimal usd) {
        return usd == null ? null : Money.cents(usd);
    }
}
