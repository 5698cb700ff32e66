package dev.headroom.report;

import dev.headroom.fit.Money;
import dev.headroom.fit.WorkloadFit;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code headroom fit --format html}: one self-contained page (no script, font, image or stylesheet from
 * anywhere else) with each workload's table and an inline SVG chart of monthly cost against traffic: Lambda's
 * straight line, Fargate's staircase on its minimum-task floor, provisioned concurrency's flat reservation, the
 * crossover marked and the declared traffic drawn. Every chart states its assumptions beneath it.
 */
public final class FitHtmlWriter {

    private static final int W = 640;
    private static final int H = 300;
    private static final int LEFT = 72;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;
    private static final int SAMPLES = 320;

    /** A series drawn on a chart: which option, its colour, and whether it steps. */
    private record Series(WorkloadFit.Option option, String colour, boolean steps) {
    }

    public void write(FitReport report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>headroom fit</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>headroom fit</h1>\n<p class=\"lead\">Monthly cost in USD of each workload on each compute ")
                .append("model: 730 h month, no free tier, compute only (no API Gateway, load balancer, data transfer or ")
                .append("storage). <b>*</b> marks the current model. Figures are estimates from list prices; each chart ")
                .append("and table states what it assumes.</p>\n");
        if (report.workloads().isEmpty()) b.append("<p>No Lambda function or ECS service on Fargate with a known size was found.</p>\n");
        int i = 0;
        for (WorkloadFit w : report.workloads()) workload(report, w, i++, b);
        if (!report.skipped().isEmpty()) {
            b.append("<h2>Not used</h2>\n<ul>\n");
            for (var s : report.skipped()) b.append("<li><code>").append(esc(report.describe(s))).append("</code></li>\n");
            b.append("</ul>\n");
        }
        b.append("</body>\n</html>\n");
        out.write(b.toString());
    }

    private static void workload(FitReport report, WorkloadFit w, int index, StringBuilder b) {
        b.append("<section id=\"w").append(index).append("\">\n<h2>").append(esc(w.origin().label()))
                .append(" <span class=\"kind\">").append(esc(w.kind())).append("</span></h2>\n");
        b.append("<p class=\"where\"><code>").append(esc(report.where(w))).append("</code> · now: ")
                .append(esc(w.current())).append("</p>\n");
        b.append("<p>Traffic: ").append(w.traffic() == null ? "<em>not declared</em> — costs that depend on traffic are left out; "
                + "declare <code>Metadata.headroom.traffic</code> to see them and the chart."
                : esc(FitTextWriter.traffic(w.traffic())) + " (declared at <code>" + esc(report.relative(w.traffic().source().file())
                + ":" + w.traffic().source().line()) + "</code>)").append("</p>\n");
        if (w.fixedMonthly() != null) {
            b.append("<p>Fixed: <b>").append(Money.format(w.fixedMonthly())).append("</b> a month — ").append(esc(w.fixedWhat())).append("</p>\n");
        }
        if (w.traffic() != null) chart(w, b);
        b.append("<table>\n<thead><tr><th></th><th>option</th><th>configuration</th><th class=\"num\">at declared traffic</th>")
                .append("<th class=\"num\">idle floor</th><th>note</th></tr></thead>\n<tbody>\n");
        for (WorkloadFit.Option o : w.options()) {
            b.append("<tr").append(o.current() ? " class=\"current\"" : "").append("><td>").append(o.current() ? "*" : "")
                    .append("</td><td>").append(esc(o.label())).append("</td><td>").append(esc(o.configuration()))
                    .append("</td><td class=\"num\">").append(o.monthly() == null ? "–" : Money.format(o.monthly()))
                    .append("</td><td class=\"num\">").append(o.floor() == null ? "–" : Money.format(o.floor()))
                    .append("</td><td>").append(o.note() == null ? "" : esc(o.note())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        if (!w.breakEvens().isEmpty()) {
            b.append("<ul class=\"breakeven\">\n");
            for (WorkloadFit.BreakEven be : w.breakEvens()) {
                b.append("<li>").append(esc(be.description())).append(" <b>").append(esc(FitTextWriter.breakEven(be))).append("</b></li>\n");
            }
            b.append("</ul>\n");
        }
        for (String n : w.notes()) b.append("<p class=\"note\">").append(esc(n)).append("</p>\n");
        b.append("<p class=\"assumes\">Assumes: ").append(esc(w.assumptions().line())).append("</p>\n</section>\n");
    }

    /** Which options a chart draws: the three shapes the comparison rests on. */
    private static List<Series> series(WorkloadFit w) {
        List<Series> out = new ArrayList<>();
        for (WorkloadFit.Option o : w.options()) {
            if (o.curve() == null) continue;
            boolean lambda = o.id().startsWith("lambda-");
            boolean sameArch = lambda && (w.kind().equals("service") ? o.id().equals("lambda-x86_64")
                    : o.configuration().startsWith(archOf(w)));
            if (lambda && sameArch) out.add(new Series(o, "#d97706", false));
            else if (o.id().equals("provisioned")) out.add(new Series(o, "#7c3aed", false));
            else if (o.id().startsWith("fargate-") && !o.scenario() && (o.current() || o.configuration().contains(archOf(w))))
                out.add(new Series(o, "#2563eb", o.shape() == WorkloadFit.Shape.STAIRCASE));
        }
        return out;
    }

    private static String archOf(WorkloadFit w) {
        return w.current().contains("arm64") ? "arm64" : "x86_64";
    }

    private static void chart(WorkloadFit w, StringBuilder b) {
        List<Series> series = series(w);
        if (series.isEmpty()) return;
        double declared = w.declared().doubleValue();
        WorkloadFit.BreakEven cross = w.breakEven("crossover");
        double xmax = Math.max(declared * 2, 1e-6);
        if (cross != null) xmax = Math.max(xmax, cross.value().doubleValue() * 1.5);
        xmax = nice(xmax);
        double[][] ys = new double[series.size()][SAMPLES + 1];
        double ymax = 0;
        for (int s = 0; s < series.size(); s++) {
            for (int i = 0; i <= SAMPLES; i++) {
                double x = xmax * i / SAMPLES;
                ys[s][i] = series.get(s).option().curve().apply(new BigDecimal(x, MathContext.DECIMAL64)).doubleValue();
                ymax = Math.max(ymax, ys[s][i]);
            }
        }
        ymax = nice(Math.max(ymax * 1.05, 1));
        String unit = w.axis().equals("jobsPerDay") ? "jobs/day" : "requests/s";
        b.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"").append(W).append("\" height=\"").append(H).append("\" role=\"img\" aria-label=\"")
                .append(esc("monthly cost against " + unit)).append("\">\n");
        axes(b, xmax, ymax, unit);
        for (int s = 0; s < series.size(); s++) {
            Series se = series.get(s);
            StringBuilder d = new StringBuilder();
            for (int i = 0; i <= SAMPLES; i++) {
                double x = px(xmax * i / SAMPLES, xmax);
                double y = py(ys[s][i], ymax);
                if (i == 0) d.append('M').append(f(x)).append(' ').append(f(y));
                else if (se.steps()) d.append(" H").append(f(x)).append(" V").append(f(y));
                else d.append(" L").append(f(x)).append(' ').append(f(y));
            }
            b.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(se.colour())
                    .append("\" stroke-width=\"2\"/>\n");
        }
        // Declared traffic, then the crossover on top.
        double dx = px(declared, xmax);
        b.append("<line x1=\"").append(f(dx)).append("\" y1=\"").append(TOP).append("\" x2=\"").append(f(dx)).append("\" y2=\"")
                .append(H - BOTTOM).append("\" stroke=\"#16a34a\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>\n")
                .append("<text x=\"").append(f(dx + 4)).append("\" y=\"").append(TOP + 12).append("\" class=\"declared\">declared ")
                .append(esc(Money.number(w.declared(), 3))).append("</text>\n");
        if (cross != null) {
            WorkloadFit.Option rising = series.stream().filter(s -> !s.steps() && s.option().id().startsWith("lambda-"))
                    .map(Series::option).findFirst().orElse(null);
            if (rising != null) {
                double cx = px(cross.value().doubleValue(), xmax);
                double cy = py(rising.curve().apply(cross.value()).doubleValue(), ymax);
                b.append("<circle cx=\"").append(f(cx)).append("\" cy=\"").append(f(cy))
                        .append("\" r=\"5\" fill=\"none\" stroke=\"#dc2626\" stroke-width=\"2\"/>\n")
                        .append("<text x=\"").append(f(cx + 8)).append("\" y=\"").append(f(cy - 8)).append("\" class=\"cross\">crossover ")
                        .append(esc(Money.number(cross.value(), 2))).append("</text>\n");
            }
        }
        b.append("</svg>\n<figcaption>");
        for (Series se : series) {
            b.append("<span class=\"key\"><span class=\"swatch\" style=\"background:").append(se.colour()).append("\"></span>")
                    .append(esc(se.option().label() + " (" + se.option().configuration() + ")")).append("</span> ");
        }
        b.append("<span class=\"key\"><span class=\"swatch dashed\"></span>declared traffic</span>");
        b.append("<br>Assumes: ").append(esc(w.assumptions().line())).append("</figcaption>\n</figure>\n");
    }

    private static void axes(StringBuilder b, double xmax, double ymax, String unit) {
        int x0 = LEFT;
        int y0 = H - BOTTOM;
        b.append("<line x1=\"").append(x0).append("\" y1=\"").append(y0).append("\" x2=\"").append(W - RIGHT).append("\" y2=\"")
                .append(y0).append("\" class=\"axis\"/>\n<line x1=\"").append(x0).append("\" y1=\"").append(TOP)
                .append("\" x2=\"").append(x0).append("\" y2=\"").append(y0).append("\" class=\"axis\"/>\n");
        for (int i = 0; i <= 5; i++) {
            double xv = xmax * i / 5;
            double yv = ymax * i / 5;
            double x = px(xv, xmax);
            double y = py(yv, ymax);
            b.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(y0).append("\" x2=\"").append(f(x)).append("\" y2=\"")
                    .append(y0 + 4).append("\" class=\"axis\"/><text x=\"").append(f(x)).append("\" y=\"").append(y0 + 16)
                    .append("\" text-anchor=\"middle\">").append(esc(tick(xv))).append("</text>\n");
            if (i > 0) {
                b.append("<line x1=\"").append(x0).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(W - RIGHT)
                        .append("\" y2=\"").append(f(y)).append("\" class=\"grid\"/>");
            }
            b.append("<text x=\"").append(x0 - 6).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">$")
                    .append(esc(tick(yv))).append("</text>\n");
        }
        b.append("<text x=\"").append((W + LEFT) / 2).append("\" y=\"").append(H - 8).append("\" text-anchor=\"middle\">")
                .append(esc(unit)).append("</text>\n<text x=\"14\" y=\"").append((H - BOTTOM + TOP) / 2)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ").append((H - BOTTOM + TOP) / 2)
                .append(")\">USD a month</text>\n");
    }

    private static double px(double x, double xmax) {
        return LEFT + (W - LEFT - RIGHT) * x / xmax;
    }

    private static double py(double y, double ymax) {
        return H - BOTTOM - (H - BOTTOM - TOP) * Math.min(y, ymax) / ymax;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code v}. */
    static double nice(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[]{1, 2, 5, 10}) if (m * p >= v) return m * p;
        return 10 * p;
    }

    private static String tick(double v) {
        return Money.number(BigDecimal.valueOf(v), v < 10 ? 2 : 0);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2937}
            h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2.2rem;border-top:1px solid #e5e7eb;padding-top:1rem}
            .kind{font-weight:normal;color:#6b7280;font-size:.9rem}.lead{color:#374151}
            table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}th,td{padding:.25rem .6rem;border-bottom:1px solid #e5e7eb;text-align:left}
            .num{text-align:right;font-variant-numeric:tabular-nums}tr.current{background:#fef3c7}
            .assumes,.note,figcaption{color:#4b5563;font-size:.85rem}
            svg{background:#fff;border:1px solid #e5e7eb;max-width:100%;height:auto}
            svg text{font-size:11px;fill:#374151}svg .axis{stroke:#6b7280}svg .grid{stroke:#f3f4f6}
            svg .declared{fill:#15803d}svg .cross{fill:#b91c1c;font-weight:bold}
            .key{margin-right:1rem;white-space:nowrap}.swatch{display:inline-block;width:1.4rem;height:.25rem;margin-right:.35rem;vertical-align:middle}
            .swatch.dashed{border-top:2px dashed #16a34a;height:0}
            """;
}
