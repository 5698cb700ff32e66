package dev.headroom.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.headroom.fix.Edit;
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

    /*
     * Written field by field through jackson-core's generator, in the order above, leaving out absent optional fields.
     * Binding records through jackson-databind gave the same bytes but loaded ~400 classes and built bean serializers
     * by reflection on every run: 0.15 s at the end of a 2 s scan of 2,000 templates, on the one thread that writes.
     */
    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (RuleMeta m : report.rules()) names.putIfAbsent(m.id(), m.name());
        List<Suppressed> all = new ArrayList<>(report.findings().size() + report.suppressed().size());
        for (Finding f : report.findings()) all.add(new Suppressed(f, null));
        all.addAll(report.suppressed());
        all.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("version", FORMAT_VERSION);
            g.writeStringField("toolVersion", report.toolVersion());
            g.writeArrayFieldStart("findings");
            for (Suppressed s : all) finding(g, s, report, names);
            g.writeEndArray();
            summary(g, report);
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void finding(JsonGenerator g, Suppressed s, ScanReport report, Map<String, String> names)
            throws IOException {
        Finding f = s.finding();
        Origin o = f.origin();
        var at = f.source();
        g.writeStartObject();
        optional(g, "ruleId", f.ruleId());
        optional(g, "ruleName", names.get(f.ruleId()));
        optional(g, "level", f.severity().id());
        optional(g, "message", f.message());
        optional(g, "file", report.relative(at.file()));
        g.writeNumberField("line", at.line());
        g.writeNumberField("column", at.column());
        g.writeNumberField("endLine", at.endLine());
        g.writeNumberField("endColumn", at.endColumn());
        if (o != null) {
            optional(g, "logicalId", o.logicalId());
            optional(g, "constructPath", o.constructPath());
            optional(g, "constructType", o.constructType());
            if (o.cdkInternal()) g.writeBooleanField("cdkInternal", true);
        }
        // "related" stays, empty or not, so consumers need no null check
        g.writeArrayFieldStart("related");
        for (var r : f.related()) {
            g.writeStartObject();
            g.writeStringField("file", report.relative(r.source().file()));
            g.writeNumberField("line", r.source().line());
            g.writeNumberField("column", r.source().column());
            g.writeStringField("message", r.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (f.fix() != null) fix(g, f.fix(), report);
        if (s.by() != null) suppression(g, s.by(), report);
        g.writeEndObject();
    }

    private static void fix(JsonGenerator g, Fix fix, ScanReport report) throws IOException {
        g.writeObjectFieldStart("fix");
        optional(g, "applicability", fix.applicability().id());
        optional(g, "description", fix.description());
        if (!fix.edits().isEmpty()) {
            g.writeArrayFieldStart("edits");
            for (Edit e : fix.edits()) {
                g.writeStartObject();
                g.writeStringField("file", report.relative(e.file()));
                g.writeNumberField("line", e.range().line());
                g.writeNumberField("column", e.range().column());
                g.writeNumberField("endLine", e.range().endLine());
                g.writeNumberField("endColumn", e.range().endColumn());
                g.writeStringField("text", e.text());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        optional(g, "unavailable", fix.unavailable());
        g.writeEndObject();
    }

    private static void suppression(JsonGenerator g, Suppression s, ScanReport report) throws IOException {
        g.writeObjectFieldStart("suppressed");
        g.writeStringField("kind", s.kind().id());
        g.writeStringField("reason", s.reason());
        g.writeStringField("file", report.relative(s.where().file()));
        g.writeNumberField("line", s.where().line());
        g.writeNumberField("column", s.where().column());
        g.writeEndObject();
    }

    /** Counts leave suppressed findings out; "baseline" only with one. */
    private static void summary(JsonGenerator g, ScanReport report) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", report.filesScanned());
        g.writeNumberField("errors", report.count(Severity.ERROR));
        g.writeNumberField("warnings", report.count(Severity.WARNING));
        g.writeNumberField("notes", report.count(Severity.NOTE));
        g.writeNumberField("suppressed", report.suppressed().size());
        Suppressor.BaselineTally b = report.baseline();
        if (b != null) baseline(g, b, report);
        g.writeEndObject();
    }

    /** {@code file} names the baseline when there is one; {@code files} lists each with its own counts. */
    private static void baseline(JsonGenerator g, Suppressor.BaselineTally b, ScanReport report) throws IOException {
        g.writeObjectFieldStart("baseline");
        if (b.baselines().size() == 1) optional(g, "file", report.relative(b.baselines().get(0).file().toString()));
        g.writeNumberField("new", b.newCount());
        g.writeNumberField("held", b.held());
        g.writeNumberField("unmatched", b.unmatched());
        g.writeArrayFieldStart("files");
        for (var h : b.baselines()) {
            g.writeStartObject();
            g.writeStringField("file", report.relative(h.file().toString()));
            g.writeNumberField("held", h.held());
            g.writeNumberField("unmatched", h.unmatched());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A field that is left out when absent. */
    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) g.writeStringField(name, value);
    }
}
