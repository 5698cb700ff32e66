package dev.headroom.report;

import dev.headroom.model.Related;
import dev.headroom.rules.Finding;
import dev.headroom.rules.RuleMeta;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI systems that show test reports: one test suite per file with findings, one test case per
 * finding, failed when the finding is at or above {@code --fail-on} (below it the case passes and says why in
 * {@code system-out}). Suppressed findings are not test cases at all. Written by hand rather than with a DOM/StAX writer so the bytes are exactly ours.
 */
public final class JUnitWriter implements ReportWriter {

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (RuleMeta m : report.rules()) names.putIfAbsent(m.id(), m.name());
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byFile.computeIfAbsent(report.relative(f.source().file()), k -> new ArrayList<>()).add(f);
        }
        int n = report.findings().size();
        long failed = report.findings().stream().filter(report::fails).count();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"headroom\" tests=\"" + n + "\" failures=\"" + failed + "\" errors=\"0\">\n");
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            String file = e.getKey();
            int k = e.getValue().size();
            long kf = e.getValue().stream().filter(report::fails).count();
            out.write("  <testsuite name=" + attr(file) + " tests=\"" + k + "\" failures=\"" + kf + "\" errors=\"0\">\n");
            for (Finding f : e.getValue()) {
                String where = file + ":" + f.source().line() + ":" + f.source().column();
                String rule = f.ruleId() + (names.containsKey(f.ruleId()) ? " " + names.get(f.ruleId()) : "");
                StringBuilder body = new StringBuilder(where + ": " + f.severity().id() + ": " + f.message());
                for (Related r : f.related()) {
                    body.append("\nnote: ").append(r.message()).append(" at ").append(report.relative(r.source().file()))
                            .append(':').append(r.source().line()).append(':').append(r.source().column());
                }
                if (f.origin() != null && f.origin().constructPath() != null) {
                    body.append("\nconstruct: ").append(f.origin().constructPath());
                }
                out.write("    <testcase name=" + attr(rule + " at " + where) + " classname=" + attr(file) + ">\n");
                if (report.fails(f)) {
                    out.write("      <failure message=" + attr(f.message()) + " type=" + attr(f.ruleId()) + ">"
                            + escape(body.toString(), false) + "</failure>\n");
                } else {
                    out.write("      <system-out>" + escape(body.toString(), false) + "</system-out>\n");
                }
                out.write("    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }

    private static String attr(String s) {
        return "\"" + escape(s, true) + "\"";
    }

    /** XML 1.0 escaping; characters XML cannot carry at all become U+FFFD. */
    static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                // In attributes a raw newline or tab would be normalised to a space by the parser.
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> b.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }
}
