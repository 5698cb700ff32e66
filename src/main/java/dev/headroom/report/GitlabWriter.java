package dev.headroom.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.headroom.rules.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GitLab's Code Quality report ({@code artifacts: reports: codequality}), the subset of the Code Climate
 * issue format that GitLab reads: a JSON array of {@code description}, {@code check_name},
 * {@code fingerprint}, {@code severity} and {@code location.path} + {@code location.lines.begin}
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
 *
 * <p>The fingerprint is the SARIF one (rule, file, element, subject; no line), so a finding keeps its
 * identity in the merge request widget when lines above it move. GitLab shows only the first issue of a
 * fingerprint, so a repeated one gets a {@code :n} suffix, in report order.
 */
public final class GitlabWriter implements ReportWriter {

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        List<Issue> issues = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : report.findings()) {
            String fp = SarifWriter.fingerprint(f, report);
            int n = seen.merge(fp, 1, Integer::sum);
            issues.add(new Issue(f.message(), f.ruleId(), n == 1 ? fp : fp + ":" + n, severity(f),
                    new Location(report.relative(f.source().file()), new Lines(f.source().line()))));
        }
        Json.write(issues, out);
    }

    /**
     * GitLab has five levels; ours are three. An error breaks a deployment or a limit (major), a warning is a
     * pitfall (minor), a note is advice (info). critical and blocker stay free for tools that judge security.
     */
    static String severity(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case NOTE -> "info";
        };
    }

    @JsonPropertyOrder({"description", "check_name", "fingerprint", "severity", "location"})
    record Issue(String description, @JsonProperty("check_name") String checkName, String fingerprint,
                 String severity, Location location) {
    }

    @JsonPropertyOrder({"path", "lines"})
    record Location(String path, Lines lines) {
    }

    record Lines(int begin) {
    }
}
