package dev.headroom.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.headroom.fix.Fix;
import dev.headroom.model.Origin;
import dev.headroom.rules.Finding;
import dev.headroom.rules.RuleMeta;
import dev.headroom.rules.Severity;
import dev.headroom.suppress.Suppressed;
import dev.headroom.suppress.Suppression;
import dev.headroom.suppress.Suppressor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * headroom's own JSON, for scripts. The format is stable; a change that is not backwards compatible
 * raises {@link #FORMAT_VERSION}. It holds no timing, so the same scan gives the same bytes:
 *
 * <pre>
 * {
 *   "version": 1,                      format version (the tool's version is "toolVersion")
 *   "toolVersion": "0.1.0",
 *   "findings": [{
 *     "ruleId": "HR102", "ruleName": "lambda-timeout-near-limit",   ruleName absent for the tool's own
 *     "level": "warning",                                           findings (HR9xx not in the rule set)
 *     "message": "...", "file": "relative/path.yaml",
 *     "line": 12, "column": 5, "endLine": 12, "endColumn": 8,   1-based, columns count characters
 *     "logicalId": "Handler",          absent for file-level findings
 *     "constructPath": "App/Handler",  CDK output only, as are the two below
 *     "constructType": "aws-cdk-lib.aws_lambda.Function",   from tree.json, when present
 *     "cdkInternal": true,             on what CDK generates itself (absent otherwise)
 *     "related": [{"file": "...", "line": 3, "column": 5, "message": "..."}],
 *     "fix": {                         only on findings of rules that have a fix
 *       "applicability": "safe",       or "unsafe" (applied with fix --unsafe)
 *       "description": "set VisibilityTimeout to 720",
 *       "edits": [{"file": "...", "line": 9, "column": 26, "endLine": 9, "endColumn": 29, "text": "720"}],
 *       "unavailable": "..."           instead of edits: why it cannot be applied (Fn::If, CDK, shared value)
 *     },
 *     "suppressed": {"kind": "inline", "reason": "...",   only on a finding a suppression accepted:
 *                    "file": "...", "line": 14, "column": 7}   kind inline|metadata|config|baseline, and
 *   }],                                                        where the suppression is written
 *   "summary": {"files": 3, "errors": 0, "warnings": 1, "notes": 0, "suppressed": 2,   counts leave
 *               "baseline": {"file": ".headroom-baseline.json", "new": 1, "held": 4, "unmatched": 0}}   suppressed
 * }                                                                              findings out; baseline only with one
 * </pre>
 */
public final class JsonWriter implements ReportWriter {

    public static final int FORMAT_VERSION = 1;

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (RuleMeta m : report.rules()) names.putIfAbsent(m.id(), m.name());
        List<Suppressed> all = new ArrayList<>();
        for (Finding f : report.findings()) all.add(new Suppressed(f, null));
        all.addAll(report.suppressed());
        all.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        List<JsonFinding> findings = all.stream().map(s -> finding(s.finding(), report, names)
                .suppressedBy(s.by() == null ? null : suppression(s.by(), report))).toList();
        Suppressor.BaselineTally b = report.baseline();
        Summary summary = new Summary(report.filesScanned(), report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.NOTE), report.suppressed().size(),
                b == null ? null : baseline(b, report));
        Json.write(new Doc(FORMAT_VERSION, report.toolVersion(), findings, summary), out);
    }

    /** {@code file} names the baseline when there is one; {@code files} lists each with its own counts. */
    private static JsonBaseline baseline(Suppressor.BaselineTally b, ScanReport report) {
        List<JsonBaselineFile> files = b.baselines().stream()
                .map(h -> new JsonBaselineFile(report.relative(h.file().toString()), h.held(), h.unmatched())).toList();
        return new JsonBaseline(files.size() == 1 ? files.get(0).file() : null, b.newCount(), b.held(), b.unmatched(),
                files);
    }

    private static JsonFinding finding(Finding f, ScanReport report, Map<String, String> names) {
        Origin o = f.origin();
        List<JsonRelated> related = f.related().stream().map(r -> new JsonRelated(report.relative(r.source().file()),
                r.source().line(), r.source().column(), r.message())).toList();
        var s = f.source();
        return new JsonFinding(f.ruleId(), names.get(f.ruleId()), f.severity().id(), f.message(),
                report.relative(s.file()), s.line(), s.column(), s.endLine(), s.endColumn(),
                o == null ? null : o.logicalId(), o == null ? null : o.constructPath(),
                o == null ? null : o.constructType(), o != null && o.cdkInternal() ? Boolean.TRUE : null, related,
                fix(f.fix(), report), null);
    }

    private static JsonSuppression suppression(Suppression s, ScanReport report) {
        return new JsonSuppression(s.kind().id(), s.reason(), report.relative(s.where().file()), s.where().line(),
                s.where().column());
    }

    private static JsonFix fix(Fix fix, ScanReport report) {
        if (fix == null) return null;
        List<JsonEdit> edits = fix.edits().stream().map(e -> new JsonEdit(report.relative(e.file()), e.range().line(),
                e.range().column(), e.range().endLine(), e.range().endColumn(), e.text())).toList();
        return new JsonFix(fix.applicability().id(), fix.description(), edits.isEmpty() ? null : edits, fix.unavailable());
    }

    @JsonPropertyOrder({"applicability", "description", "edits", "unavailable"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JsonFix(String applicability, String description, List<JsonEdit> edits, String unavailable) {
    }

    @JsonPropertyOrder({"file", "line", "column", "endLine", "endColumn", "text"})
    record JsonEdit(String file, int line, int column, int endLine, int endColumn, String text) {
    }

    @JsonPropertyOrder({"version", "toolVersion", "findings", "summary"})
    record Doc(int version, String toolVersion, List<JsonFinding> findings, Summary summary) {
    }

    @JsonPropertyOrder({"ruleId", "ruleName", "level", "message", "file", "line", "column", "endLine", "endColumn",
            "logicalId", "constructPath", "constructType", "cdkInternal", "related", "fix", "suppressed"})
    @JsonInclude(JsonInclude.Include.NON_NULL) // "related" stays, empty or not, so consumers need no null check
    record JsonFinding(String ruleId, String ruleName, String level, String message, String file, int line,
                       int column, int endLine, int endColumn, String logicalId, String constructPath,
                       String constructType, Boolean cdkInternal, List<JsonRelated> related, JsonFix fix,
                       JsonSuppression suppressed) {
        JsonFinding suppressedBy(JsonSuppression s) {
            return new JsonFinding(ruleId, ruleName, level, message, file, line, column, endLine, endColumn, logicalId,
                    constructPath, constructType, cdkInternal, related, fix, s);
        }
    }

    @JsonPropertyOrder({"kind", "reason", "file", "line", "column"})
    record JsonSuppression(String kind, String reason, String file, int line, int column) {
    }

    @JsonPropertyOrder({"file", "new", "held", "unmatched", "files"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JsonBaseline(String file, @JsonProperty("new") int newCount, int held, int unmatched,
                        List<JsonBaselineFile> files) {
    }

    @JsonPropertyOrder({"file", "held", "unmatched"})
    record JsonBaselineFile(String file, int held, int unmatched) {
    }

    @JsonPropertyOrder({"file", "line", "column", "message"})
    record JsonRelated(String file, int line, int column, String message) {
    }

    @JsonPropertyOrder({"files", "errors", "warnings", "notes", "suppressed", "baseline"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Summary(int files, long errors, long warnings, long notes, int suppressed, JsonBaseline baseline) {
    }
}
