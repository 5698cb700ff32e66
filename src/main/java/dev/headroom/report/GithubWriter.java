package dev.headroom.report;

import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.rules.Finding;
import dev.headroom.rules.RuleMeta;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::warning file=…::message}), which the runner turns into
 * annotations on the pull request without a code-scanning upload.
 */
public final class GithubWriter implements ReportWriter {

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (RuleMeta m : report.rules()) names.putIfAbsent(m.id(), m.name());
        for (Finding f : report.findings()) {
            Source s = f.source();
            StringBuilder props = new StringBuilder("file=").append(property(report.relative(s.file())))
                    .append(",line=").append(s.line());
            // GitHub rejects col/endColumn on an annotation that spans several lines.
            if (s.endLine() == s.line()) props.append(",col=").append(s.column());
            props.append(",endLine=").append(s.endLine());
            if (s.endLine() == s.line()) props.append(",endColumn=").append(s.endColumn());
            String title = f.ruleId() + (names.containsKey(f.ruleId()) ? " " + names.get(f.ruleId()) : "");
            props.append(",title=").append(property(title));

            StringBuilder msg = new StringBuilder(f.message());
            for (Related r : f.related()) {
                msg.append("\nnote: ").append(r.message()).append(" at ").append(report.relative(r.source().file()))
                        .append(':').append(r.source().line()).append(':').append(r.source().column());
            }
            if (f.origin() != null && f.origin().constructPath() != null) {
                msg.append("\nconstruct: ").append(f.origin().constructPath());
            }
            out.write("::" + command(f) + " " + props + "::" + data(msg.toString()) + "\n");
        }
    }

    private static String command(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** Escaping of a command's message, as the Actions runner unescapes it. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a property value, where ',' and ':' would end the value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
