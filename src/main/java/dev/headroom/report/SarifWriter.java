package dev.headroom.report;

import de.jcup.sarif_2_1_0.model.ArtifactChange;
import de.jcup.sarif_2_1_0.model.ArtifactContent;
import de.jcup.sarif_2_1_0.model.ArtifactLocation;
import de.jcup.sarif_2_1_0.model.Fix;
import de.jcup.sarif_2_1_0.model.Invocation;
import de.jcup.sarif_2_1_0.model.Location;
import de.jcup.sarif_2_1_0.model.LogicalLocation;
import de.jcup.sarif_2_1_0.model.Message;
import de.jcup.sarif_2_1_0.model.MultiformatMessageString;
import de.jcup.sarif_2_1_0.model.Notification;
import de.jcup.sarif_2_1_0.model.PartialFingerprints;
import de.jcup.sarif_2_1_0.model.PhysicalLocation;
import de.jcup.sarif_2_1_0.model.PropertyBag;
import de.jcup.sarif_2_1_0.model.Region;
import de.jcup.sarif_2_1_0.model.Replacement;
import de.jcup.sarif_2_1_0.model.ReportingConfiguration;
import de.jcup.sarif_2_1_0.model.ReportingDescriptor;
import de.jcup.sarif_2_1_0.model.Result;
import de.jcup.sarif_2_1_0.model.Run;
import de.jcup.sarif_2_1_0.model.SarifSchema210;
import de.jcup.sarif_2_1_0.model.Suppression;
import de.jcup.sarif_2_1_0.model.Tool;
import de.jcup.sarif_2_1_0.model.ToolComponent;
import dev.headroom.fix.Applicability;
import dev.headroom.fix.Edit;
import dev.headroom.model.Origin;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.rules.Finding;
import dev.headroom.rules.RuleMeta;
import dev.headroom.suppress.Identity;
import dev.headroom.suppress.Suppressed;
import dev.headroom.suppress.SuppressionKind;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers, built as sarif-java's model
 * ({@link SarifSchema210}) and written by {@link SarifJson}.
 *
 * <p>The output carries no absolute path and no time, so the same report gives the same bytes on any machine;
 * {@code %SRCROOT%} is left undefined because GitHub resolves it to the checkout root. The generated model fills
 * in the schema's defaults ({@code kind: "fail"}, {@code rank: -1}, {@code language: "en-US"} …): the factories
 * below clear them so that the log says only what we mean, and {@code level} is always set explicitly.
 */
public final class SarifWriter implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/headroom-lint/headroom";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT_KEY = "headroom/v1";

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        SarifJson.write(log(report), out);
    }

    static SarifSchema210 log(ScanReport report) {
        // Sets keep insertion order (LinkedHashSet): the model declares schema-unique arrays as Sets.
        Set<ReportingDescriptor> rules = new LinkedHashSet<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleMeta m : report.rules()) {
            ruleIndex.putIfAbsent(m.id(), rules.size());
            rules.add(descriptor(m, report.levels().getOrDefault(m.id(), m.severity()).id()));
        }
        ToolComponent driver = new ToolComponent();
        driver.setName("headroom");
        driver.setVersion(report.toolVersion());
        driver.setSemanticVersion(report.toolVersion());
        driver.setInformationUri(URI.create(INFORMATION_URI));
        driver.setRules(rules);
        driver.setLanguage(null);
        driver.setContents(null);
        driver.setIsComprehensive(null);
        Tool tool = new Tool();
        tool.setDriver(driver);

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
            r.setSuppressions(!report.sarifSuppressed() ? null
                    : s.by() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(List.of(suppression(s.by(), report))));
            r.setBaselineState(report.baseline() == null ? null
                    : s.by() != null && s.by().kind() == SuppressionKind.BASELINE
                    ? Result.BaselineState.UNCHANGED : Result.BaselineState.NEW);
            results.add(r);
        }

        List<Notification> notes = new ArrayList<>();
        for (String t : report.notifications()) {
            Notification n = new Notification();
            n.setMessage(message(t));
            n.setLevel(Notification.Level.NOTE);
            notes.add(n);
        }
        // Always one invocation, so the shape of the log does not depend on whether there were notes.
        Invocation invocation = new Invocation();
        invocation.setExecutionSuccessful(true);
        invocation.setToolExecutionNotifications(notes);

        Run run = new Run();
        run.setTool(tool);
        run.setInvocations(List.of(invocation));
        run.setColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS);
        run.setResults(results);
        run.setLanguage(null);
        run.setNewlineSequences(null);
        SarifSchema210 log = new SarifSchema210();
        log.set$schema(URI.create(SCHEMA));
        log.setVersion(SarifSchema210.Version._2_1_0);
        log.setRuns(List.of(run));
        return log;
    }

    private static ReportingDescriptor descriptor(RuleMeta m, String level) {
        ReportingConfiguration config = new ReportingConfiguration();
        config.setLevel(ReportingConfiguration.Level.fromValue(level));
        config.setEnabled(null);
        config.setRank(null);
        PropertyBag props = new PropertyBag();
        props.setTags(new LinkedHashSet<>(m.tags()));
        if (!m.paramDefaults().isEmpty()) props.setAdditionalProperty("parameters", m.paramDefaults());
        MultiformatMessageString help = multiformat(m.helpText());
        help.setMarkdown(m.helpMarkdown());

        ReportingDescriptor d = new ReportingDescriptor();
        d.setId(m.id());
        d.setName(m.name());
        d.setShortDescription(multiformat(m.summary()));
        d.setFullDescription(multiformat(m.whatItDoes()));
        d.setHelp(help);
        d.setHelpUri(URI.create(m.helpUri()));
        d.setDefaultConfiguration(config);
        d.setProperties(props.getTags().isEmpty() && props.getAdditionalProperties().isEmpty() ? null : props);
        return d;
    }

    private static Result result(Finding f, ScanReport report, Integer ruleIndex, String fingerprint) {
        Origin o = f.origin();
        String path = o == null ? null : o.constructPath();
        Location primary = location(null, physical(f.source(), report), null);
        if (path != null) {
            LogicalLocation logical = new LogicalLocation();
            logical.setFullyQualifiedName(path);
            logical.setName(path.substring(path.lastIndexOf('/') + 1));
            logical.setKind("resource");
            logical.setIndex(null);
            logical.setParentIndex(null);
            primary.setLogicalLocations(new LinkedHashSet<>(List.of(logical)));
        }

        Set<Location> related = new LinkedHashSet<>();
        for (Related r : f.related()) {
            // SARIF requires message.text when message is present: leave an absent message out entirely.
            Message m = r.message() == null || r.message().isEmpty() ? null : message(r.message());
            related.add(location(related.size() + 1, physical(r.source(), report), m));
        }
        PartialFingerprints fingerprints = new PartialFingerprints();
        fingerprints.setAdditionalProperty(FINGERPRINT_KEY, fingerprint);

        Result r = new Result();
        r.setRuleId(f.ruleId());
        r.setRuleIndex(ruleIndex); // null for a rule outside the run's set (HR900); the model's default is -1
        r.setKind(null);
        r.setRank(null);
        r.setLevel(Result.Level.fromValue(f.severity().id())); // always explicit, "warning" too
        r.setMessage(message(f.message()));
        r.setLocations(List.of(primary));
        r.setRelatedLocations(related);
        r.setPartialFingerprints(fingerprints);
        r.setFixes(fixes(f, report));
        if (o != null && (o.constructType() != null || o.cdkInternal())) {
            // CDK only: the construct's type from tree.json, and cdkInternal on what CDK generates itself.
            PropertyBag props = new PropertyBag();
            props.setTags(null);
            if (o.constructType() != null) props.setAdditionalProperty("constructType", o.constructType());
            if (o.cdkInternal()) props.setAdditionalProperty("cdkInternal", Boolean.TRUE);
            r.setProperties(props);
        }
        return r;
    }

    /** SARIF §3.35: {@code inSource} for a comment or Metadata, {@code external} for config and baseline. */
    private static Suppression suppression(dev.headroom.suppress.Suppression by, ScanReport report) {
        Suppression s = new Suppression();
        s.setKind(Suppression.Kind.fromValue(by.kind().sarifKind()));
        s.setStatus(Suppression.Status.ACCEPTED);
        s.setJustification(by.reason());
        s.setLocation(location(null, physical(by.where(), report), null));
        return s;
    }

    /** SARIF {@code fixes}: one per finding whose fix has edits, its replacements grouped by file (§3.55). */
    private static Set<Fix> fixes(Finding f, ScanReport report) {
        Set<Fix> fixes = new LinkedHashSet<>();
        if (f.fix() == null || !f.fix().available()) return fixes;
        Map<String, List<Replacement>> byFile = new LinkedHashMap<>();
        for (Edit e : f.fix().edits()) {
            ArtifactContent inserted = new ArtifactContent();
            inserted.setText(e.text());
            Replacement r = new Replacement();
            r.setDeletedRegion(region(e.range()));
            r.setInsertedContent(inserted);
            byFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(r);
        }
        Set<ArtifactChange> changes = new LinkedHashSet<>();
        byFile.forEach((file, replacements) -> {
            ArtifactChange c = new ArtifactChange();
            c.setArtifactLocation(artifact(file, report));
            c.setReplacements(replacements);
            changes.add(c);
        });
        String kind = f.fix().applicability() == Applicability.SAFE ? "Safe fix" : "Unsafe fix";
        Fix fix = new Fix();
        fix.setDescription(message(kind + ": " + f.fix().description()));
        fix.setArtifactChanges(changes);
        fixes.add(fix);
        return fixes;
    }

    private static Location location(Integer id, PhysicalLocation physical, Message message) {
        Location l = new Location();
        l.setId(id); // the model's default is -1, which means nothing here
        l.setPhysicalLocation(physical);
        l.setMessage(message);
        return l;
    }

    private static Message message(String text) {
        Message m = new Message();
        m.setText(text);
        return m;
    }

    private static MultiformatMessageString multiformat(String text) {
        MultiformatMessageString m = new MultiformatMessageString();
        m.setText(text);
        return m;
    }

    private static PhysicalLocation physical(Source s, ScanReport report) {
        PhysicalLocation p = new PhysicalLocation();
        p.setArtifactLocation(artifact(s.file(), report));
        p.setRegion(region(s));
        return p;
    }

    private static Region region(Source s) {
        Region r = new Region();
        r.setStartLine(s.line());
        r.setStartColumn(s.column());
        r.setEndLine(s.endLine());
        r.setEndColumn(s.endColumn());
        r.setCharOffset(null);
        r.setByteOffset(null);
        return r;
    }

    /**
     * A file under the base directory is a relative URI under {@code %SRCROOT%} (what GitHub resolves against
     * the checkout); one outside it can only be an absolute {@code file:} URI. Either is percent-encoded.
     */
    static ArtifactLocation artifact(String file, ScanReport report) {
        ArtifactLocation a = new ArtifactLocation();
        a.setIndex(null);
        if (!report.inside(file)) {
            a.setUri(Path.of(file).toAbsolutePath().normalize().toUri().toString());
            return a;
        }
        String rel = report.relative(file);
        try {
            a.setUri(new URI(null, null, rel, null).getRawPath());
        } catch (URISyntaxException e) {
            a.setUri(rel);
        }
        a.setUriBaseId(SRCROOT);
        return a;
    }

    /**
     * Identifies a finding across commits: rule, file, element and what in it is wrong, but no line
     * numbers, so the alert stays the same alert when unrelated lines move it.
     */
    static String fingerprint(Finding f, ScanReport report) {
        // One formula with the SARIF baseline that matches it (Identity).
        return Identity.fingerprint(f, report.relative(f.source().file()));
    }
}
