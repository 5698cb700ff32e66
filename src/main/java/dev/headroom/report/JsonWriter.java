package dev.headroom.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.headroom.fix.Fix;
import dev.headroom.model.Origin;
import dev.headroom.rules.Finding;
import dev.headroom.rules.RuleMeta;
import dev.headroom.rules.Severity;

import java.io.IOException;
import java.io.Writer;
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
 *     }
 *   }],
 *   "summary": {"files": 3, "errors": 0, "warnings": 1, "notes": 0}
 * }
 * </pre>
 */
public final class JsonWriter implements ReportWriter {

    public static final int FORMAT_VERSION = 1;

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (RuleMeta m : report.rules()) names.putIfAbsent(m.id(), m.name());
        List<JsonFinding> findings = report.findings().stream().map(f -> finding(f, report, names)).toList();
        Summary summary = new Summary(report.filesScanned(), report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.NOTE));
        Json.write(new Doc(FORMAT_VERSION, report.toolVersion(), findings, summary), out);
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
                fix(f.fix(), report));
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
            "logicalId", "constructPath", "constructType", "cdkInternal", "related", "fix"})
    @JsonInclude(JsonInclude.Include.NON_NULL) // "related" stays, empty or not, so consumers need no null check
    record JsonFinding(String ruleId, String ruleName, String level, String message, String file, int line,
                       int column, int endLine, int endColumn, String logicalId, String constructPath,
                       String constructType, Boolean cdkInternal, List<JsonRelated> related, JsonFix fix) {
    }

    @JsonPropertyOrder({"file", "line", "column", "message"})
    record JsonRelated(String file, int line, int column, String message) {
    }

    @JsonPropertyOrder({"files", "errors", "warnings", "notes"})
    record Summary(int files, long errors, long warnings, long notes) {
    }
}
