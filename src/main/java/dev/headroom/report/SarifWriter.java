package dev.headroom.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.headroom.fix.Applicability;
import dev.headroom.fix.Edit;
import dev.headroom.model.Origin;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.rules.Finding;
import dev.headroom.rules.RuleMeta;
import dev.headroom.suppress.Identity;
import dev.headroom.suppress.Suppressed;
import dev.headroom.suppress.Suppression;
import dev.headroom.suppress.SuppressionKind;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
 *
 * <p>Written from our own records rather than java-sarif, which omits {@code level: "warning"} (a result
 * would then silently inherit its rule's level) and models indexed arrays as sets. The output carries no
 * absolute path and no time, so the same report gives the same bytes on any machine; {@code %SRCROOT%} is
 * left undefined because GitHub resolves it to the checkout root.
 */
public final class SarifWriter implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/headroom-lint/headroom";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT_KEY = "headroom/v1";

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        Json.write(log(report), out);
    }

    static Log log(ScanReport report) {
        List<ReportingDescriptor> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleMeta m : report.rules()) {
            ruleIndex.putIfAbsent(m.id(), rules.size());
            rules.add(descriptor(m, report.levels().getOrDefault(m.id(), m.severity()).id()));
        }
        Driver driver = new Driver("headroom", report.toolVersion(), report.toolVersion(), INFORMATION_URI, rules);

        // Suppressed findings only when asked: GitHub code scanning ignores `suppressions` and would open alerts.
        List<Suppressed> all = new ArrayList<>();
        for (Finding f : report.findings()) all.add(new Suppressed(f, null));
        if (report.sarifSuppressed()) all.addAll(report.suppressed());
        all.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        List<Result> results = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Suppressed s : all) {
            Finding f = s.finding();
            String fp = fingerprint(f, report);
            int n = seen.merge(fp, 1, Integer::sum);
            Result r = result(f, report, ruleIndex.get(f.ruleId()), n == 1 ? fp : fp + ":" + n);
            // §3.27.23/§3.27.24: suppressions and baselineState are on every result of the run or on none.
            List<SarifSuppression> suppressions = !report.sarifSuppressed() ? null
                    : s.by() == null ? List.of() : List.of(suppression(s.by(), report));
            String state = report.baseline() == null ? null
                    : s.by() != null && s.by().kind() == SuppressionKind.BASELINE ? "unchanged" : "new";
            results.add(r.with(state, suppressions));
        }

        List<Notification> notes = report.notifications().stream()
                .map(t -> new Notification(new Message(t), "note")).toList();
        // Always one invocation, so the shape of the log does not depend on whether there were notes.
        Invocation invocation = new Invocation(true, notes);
        Run run = new Run(new Tool(driver), List.of(invocation), "unicodeCodePoints", results);
        return new Log(SCHEMA, "2.1.0", List.of(run));
    }

    private static ReportingDescriptor descriptor(RuleMeta m, String level) {
        return new ReportingDescriptor(m.id(), m.name(), new Message(m.summary()), new Message(m.whatItDoes()),
                new MultiformatMessage(m.helpText(), m.helpMarkdown()), m.helpUri(), new Configuration(level),
                new RuleProperties(m.tags(), m.paramDefaults()));
    }

    private static Result result(Finding f, ScanReport report, Integer ruleIndex, String fingerprint) {
        Origin o = f.origin();
        String path = o == null ? null : o.constructPath();
        List<LogicalLocation> logical = path == null ? List.of()
                : List.of(new LogicalLocation(path, path.substring(path.lastIndexOf('/') + 1), "resource"));
        Location primary = new Location(null, physical(f.source(), report), logical, null);

        List<Location> related = new ArrayList<>();
        for (Related r : f.related()) {
            // SARIF requires message.text when message is present: leave an absent message out entirely.
            Message m = r.message() == null || r.message().isEmpty() ? null : new Message(r.message());
            related.add(new Location(related.size() + 1, physical(r.source(), report), List.of(), m));
        }
        ResultProperties props = o != null && (o.constructType() != null || o.cdkInternal())
                ? new ResultProperties(o.constructType(), o.cdkInternal() ? Boolean.TRUE : null) : null;
        return new Result(f.ruleId(), ruleIndex, f.severity().id(), new Message(f.message()), List.of(primary),
                related, Map.of(FINGERPRINT_KEY, fingerprint), fixes(f, report), props);
    }

    /** SARIF §3.35: {@code inSource} for a comment or Metadata, {@code external} for config and baseline. */
    private static SarifSuppression suppression(Suppression s, ScanReport report) {
        Source w = s.where();
        Location where = new Location(null, physical(w, report), List.of(), null);
        return new SarifSuppression(s.kind().sarifKind(), "accepted", s.reason(), where);
    }

    /** SARIF {@code fixes}: one per finding whose fix has edits, its replacements grouped by file (§3.55). */
    private static List<SarifFix> fixes(Finding f, ScanReport report) {
        if (f.fix() == null || !f.fix().available()) return List.of();
        Map<String, List<Replacement>> byFile = new java.util.LinkedHashMap<>();
        for (Edit e : f.fix().edits()) {
            Source r = e.range();
            byFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(new Replacement(
                    new Region(r.line(), r.column(), r.endLine(), r.endColumn()), new ArtifactContent(e.text())));
        }
        List<ArtifactChange> changes = new ArrayList<>();
        byFile.forEach((file, replacements) -> changes.add(new ArtifactChange(artifact(file, report), replacements)));
        String kind = f.fix().applicability() == Applicability.SAFE ? "Safe fix" : "Unsafe fix";
        return List.of(new SarifFix(new Message(kind + ": " + f.fix().description()), changes));
    }

    private static PhysicalLocation physical(Source s, ScanReport report) {
        return new PhysicalLocation(artifact(s.file(), report), new Region(s.line(), s.column(), s.endLine(), s.endColumn()));
    }

    /**
     * A file under the base directory is a relative URI under {@code %SRCROOT%} (what GitHub resolves against
     * the checkout); one outside it can only be an absolute {@code file:} URI. Either is percent-encoded.
     */
    static ArtifactLocation artifact(String file, ScanReport report) {
        if (!report.inside(file)) {
            return new ArtifactLocation(java.nio.file.Path.of(file).toAbsolutePath().normalize().toUri().toString(), null);
        }
        String rel = report.relative(file);
        try {
            return new ArtifactLocation(new java.net.URI(null, null, rel, null).getRawPath(), SRCROOT);
        } catch (java.net.URISyntaxException e) {
            return new ArtifactLocation(rel, SRCROOT);
        }
    }

    /**
     * Identifies a finding across commits: rule, file, element and what in it is wrong, but no line
     * numbers, so the alert stays the same alert when unrelated lines move it.
     */
    static String fingerprint(Finding f, ScanReport report) {
        // One formula with the SARIF baseline that matches it (Identity).
        return Identity.fingerprint(f, report.relative(f.source().file()));
    }

    // The SARIF object model, only as much of it as we write. Property order is spelled out so the
    // output does not depend on how Jackson happens to order record components.

    @JsonPropertyOrder({"$schema", "version", "runs"})
    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    @JsonPropertyOrder({"tool", "invocations", "columnKind", "results"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Run(Tool tool, List<Invocation> invocations, String columnKind,
               @JsonInclude(JsonInclude.Include.ALWAYS) List<Result> results) {
    }

    record Tool(Driver driver) {
    }

    @JsonPropertyOrder({"name", "version", "semanticVersion", "informationUri", "rules"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Driver(String name, String version, String semanticVersion, String informationUri,
                  List<ReportingDescriptor> rules) {
    }

    @JsonPropertyOrder({"id", "name", "shortDescription", "fullDescription", "help", "helpUri",
            "defaultConfiguration", "properties"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ReportingDescriptor(String id, String name, Message shortDescription, Message fullDescription,
                               MultiformatMessage help, String helpUri, Configuration defaultConfiguration,
                               RuleProperties properties) {
    }

    record Message(String text) {
    }

    @JsonPropertyOrder({"text", "markdown"})
    record MultiformatMessage(String text, String markdown) {
    }

    record Configuration(String level) {
    }

    @JsonPropertyOrder({"tags", "parameters"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record RuleProperties(List<String> tags, Map<String, String> parameters) {
    }

    @JsonPropertyOrder({"executionSuccessful", "toolExecutionNotifications"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {
    }

    @JsonPropertyOrder({"message", "level"})
    record Notification(Message message, String level) {
    }

    @JsonPropertyOrder({"ruleId", "ruleIndex", "level", "message", "locations", "relatedLocations",
            "partialFingerprints", "fixes", "baselineState", "suppressions", "properties"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Result(String ruleId, Integer ruleIndex, String level, Message message, List<Location> locations,
                  List<Location> relatedLocations, Map<String, String> partialFingerprints, List<SarifFix> fixes,
                  String baselineState,
                  @JsonInclude(JsonInclude.Include.NON_NULL) List<SarifSuppression> suppressions, // [] = not suppressed
                  ResultProperties properties) {

        Result(String ruleId, Integer ruleIndex, String level, Message message, List<Location> locations,
               List<Location> relatedLocations, Map<String, String> partialFingerprints, List<SarifFix> fixes,
               ResultProperties properties) {
            this(ruleId, ruleIndex, level, message, locations, relatedLocations, partialFingerprints, fixes, null, null,
                    properties);
        }

        Result with(String state, List<SarifSuppression> list) {
            return new Result(ruleId, ruleIndex, level, message, locations, relatedLocations, partialFingerprints, fixes,
                    state, list, properties);
        }
    }

    @JsonPropertyOrder({"kind", "status", "justification", "location"})
    record SarifSuppression(String kind, String status, String justification, Location location) {
    }

    @JsonPropertyOrder({"description", "artifactChanges"})
    record SarifFix(Message description, List<ArtifactChange> artifactChanges) {
    }

    @JsonPropertyOrder({"artifactLocation", "replacements"})
    record ArtifactChange(ArtifactLocation artifactLocation, List<Replacement> replacements) {
    }

    @JsonPropertyOrder({"deletedRegion", "insertedContent"})
    record Replacement(Region deletedRegion, ArtifactContent insertedContent) {
    }

    record ArtifactContent(String text) {
    }

    /** CDK only: the construct's type from tree.json, and {@code cdkInternal} on what CDK generates itself. */
    @JsonPropertyOrder({"constructType", "cdkInternal"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResultProperties(String constructType, Boolean cdkInternal) {
    }

    @JsonPropertyOrder({"id", "physicalLocation", "logicalLocations", "message"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Location(Integer id, PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations,
                    Message message) {
    }

    @JsonPropertyOrder({"artifactLocation", "region"})
    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    @JsonPropertyOrder({"uri", "uriBaseId"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArtifactLocation(String uri, String uriBaseId) {
    }

    @JsonPropertyOrder({"startLine", "startColumn", "endLine", "endColumn"})
    record Region(int startLine, int startColumn, int endLine, int endColumn) {
    }

    @JsonPropertyOrder({"fullyQualifiedName", "name", "kind"})
    record LogicalLocation(String fullyQualifiedName, String name, String kind) {
    }
}
