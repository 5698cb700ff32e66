package dev.headroom.report;

import dev.headroom.model.InputFormat;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.rules.Finding;
import dev.headroom.rules.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For people: findings grouped under their file, each as {@code path:line:col: RULE level  message} so
 * terminals and editors can jump to it, then one summary line. Colour is off unless asked for; the CLI
 * turns it on for a terminal without {@code NO_COLOR}.
 */
public final class TextWriter implements ReportWriter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    private final boolean color;

    public TextWriter() {
        this(false);
    }

    public TextWriter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byFile.computeIfAbsent(report.relative(f.source().file()), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            out.write(style(BOLD, e.getKey()) + "\n");
            for (Finding f : e.getValue()) {
                // Pad outside the colour codes so messages line up whether colour is on or not.
                String level = f.severity().id();
                out.write(at(report, f.source()) + ": " + f.ruleId() + " " + style(colorOf(f.severity()), level)
                        + " ".repeat(9 - level.length()) + f.message() + "\n");
                for (Related r : f.related()) {
                    out.write("  = " + style(colorOf(Severity.NOTE), "note") + ": " + r.message() + " at "
                            + at(report, r.source()) + "\n");
                }
                if (f.origin() != null && f.origin().constructPath() != null) {
                    out.write("  = construct: " + f.origin().constructPath() + "\n");
                }
            }
            out.write("\n");
        }
        if (byFile.isEmpty()) out.write("No findings.\n");
        out.write(summary(report) + "\n");
    }

    static String summary(ScanReport report) {
        List<String> formats = new ArrayList<>();
        for (InputFormat fmt : InputFormat.values()) {
            int n = report.filesByFormat().getOrDefault(fmt, 0);
            if (n > 0) formats.add(fmt.title() + " " + n);
        }
        return "Scanned " + plural(report.filesScanned(), "file")
                + (formats.isEmpty() ? "" : " (" + String.join(", ", formats) + ")") + ": "
                + plural(report.count(Severity.ERROR), "error") + ", "
                + plural(report.count(Severity.WARNING), "warning") + ", "
                + plural(report.count(Severity.NOTE), "note") + " in "
                + String.format(Locale.ROOT, "%.2f s", report.elapsed().toMillis() / 1000.0);
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String at(ScanReport report, Source s) {
        return report.relative(s.file()) + ":" + s.line() + ":" + s.column();
    }

    private static String colorOf(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case NOTE -> "\u001b[36m";
        };
    }

    private String style(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
