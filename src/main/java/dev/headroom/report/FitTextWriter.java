package dev.headroom.report;

import dev.headroom.fit.Money;
import dev.headroom.fit.WorkloadFit;
import dev.headroom.model.TrafficProfile;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** {@code headroom fit --format text}: one table per workload, for a person at a terminal. */
public final class FitTextWriter {

    public void write(FitReport report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("headroom fit: monthly cost in USD of each workload on each compute model (730 h month, no free tier,\n")
                .append("compute only: no API Gateway, load balancer, data transfer or storage)\n");
        if (report.workloads().isEmpty()) b.append("\nNo Lambda function or ECS service on Fargate with a known size was found.\n");
        for (WorkloadFit w : report.workloads()) workload(report, w, b);
        if (!report.skipped().isEmpty()) {
            b.append("\nNot used:\n");
            for (var s : report.skipped()) b.append("  ").append(report.describe(s)).append('\n');
        }
        out.write(b.toString());
    }

    private static void workload(FitReport report, WorkloadFit w, StringBuilder b) {
        b.append('\n').append(report.where(w)).append("  ").append(w.origin().label()).append(" (").append(w.kind()).append(")\n");
        b.append("  now       ").append(w.current()).append('\n');
        TrafficProfile t = w.traffic();
        b.append("  traffic   ").append(t == null ? "not declared: costs that depend on traffic are left out" : traffic(t)
                + " (declared at " + report.relative(t.source().file()) + ":" + t.source().line() + ")").append('\n');
        if (w.fixedMonthly() != null) {
            b.append("  fixed     ").append(Money.format(w.fixedMonthly())).append(" a month: ").append(w.fixedWhat()).append('\n');
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"", "option", "configuration", t == null ? "at declared traffic" : "at " + shortTraffic(t), "idle floor", "note"});
        for (WorkloadFit.Option o : w.options()) {
            rows.add(new String[]{o.current() ? "*" : "", o.label(), o.configuration(),
                    o.monthly() == null ? "-" : Money.format(o.monthly()), o.floor() == null ? "-" : Money.format(o.floor()),
                    o.note() == null ? "" : o.note()});
        }
        table(rows, b);
        for (WorkloadFit.BreakEven be : w.breakEvens()) {
            b.append("  break-even  ").append(be.description()).append(' ').append(breakEven(be)).append('\n');
        }
        for (String n : w.notes()) b.append("  note      ").append(n).append('\n');
        b.append("  assumes   ").append(w.assumptions().line()).append('\n');
    }

    static String breakEven(WorkloadFit.BreakEven be) {
        return be.unit().equals("utilisation") ? Money.percent(be.value()) + " utilisation"
                : Money.number(be.value(), 2) + " " + be.unit();
    }

    static String traffic(TrafficProfile t) {
        if (t.jobDriven()) {
            return Money.number(t.jobsPerDay(), 2) + " jobs/day of " + Money.number(t.jobSeconds(), 1) + " s";
        }
        return Money.number(t.requestsPerSecond(), 3) + " requests/s of " + Money.number(t.durationMs(), 1) + " ms, peak "
                + Money.number(t.peakToMean(), 2) + "× mean, cpuShare " + Money.number(t.cpuShare(), 3);
    }

    private static String shortTraffic(TrafficProfile t) {
        return t.jobDriven() ? Money.number(t.jobsPerDay(), 2) + " jobs/day" : Money.number(t.requestsPerSecond(), 3) + " req/s";
    }

    /** Columns padded to their widest cell; money right-aligned; the last column ragged. */
    private static void table(List<String[]> rows, StringBuilder b) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) for (int i = 0; i < cols; i++) width[i] = Math.max(width[i], r[i].length());
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < cols; i++) {
                boolean money = i == 3 || i == 4;
                String cell = r[i];
                if (i == cols - 1) {
                    line.append(cell);
                } else if (money) {
                    line.append(" ".repeat(width[i] - cell.length())).append(cell).append("  ");
                } else {
                    line.append(cell).append(" ".repeat(width[i] - cell.length())).append("  ");
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
    }

}
