package dev.headroom.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.headroom.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.headroom.report.ReportFixtures.assertGolden;
import static dev.headroom.report.ReportFixtures.report;
import static dev.headroom.report.ReportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GitLab Code Quality report: golden bytes, GitLab's documented schema, fingerprints that survive edits. */
class GitlabWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonNode node = MAPPER.readTree(ReportFixtures.resource("schema/gitlab-codequality.json"));
        // No schema loaders: a reference that would need the network fails instead of fetching.
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, b -> b.schemaLoaders(l -> l.values(List::clear)))
                .getSchema(node);
    }

    @Test
    void matchesGolden() throws IOException {
        assertGolden("report-unit.gitlab.json", write(new GitlabWriter(), report()));
    }

    @Test
    void validAgainstGitlabSchema() throws IOException {
        JsonNode doc = MAPPER.readTree(write(new GitlabWriter(), report()));
        assertEquals(6, doc.size());
        assertEquals(List.of(), messages(doc));
        assertEquals("[]\n", write(new GitlabWriter(), ReportFixtures.empty()));
        assertEquals(List.of(), messages(MAPPER.readTree("[]")));
    }

    /** The schema check can fail: an unknown severity, a missing line, a "./" path, a missing fingerprint. */
    @Test
    void schemaRejectsBrokenReports() throws IOException {
        ArrayNode doc = (ArrayNode) MAPPER.readTree(write(new GitlabWriter(), report()));
        ((ObjectNode) doc.get(0)).put("severity", "error");
        ((ObjectNode) doc.get(1).get("location")).remove("lines");
        ((ObjectNode) doc.get(2).get("location")).put("path", "./serverless.yml");
        ((ObjectNode) doc.get(3)).remove("fingerprint");
        String all = String.join("\n", messages(doc));
        assertTrue(all.contains("$[0].severity"), all);
        assertTrue(all.contains("$[1].location: required property 'lines'"), all);
        assertTrue(all.contains("$[2].location.path"), all);
        assertTrue(all.contains("$[3]: required property 'fingerprint'"), all);
    }

    @Test
    void fingerprintsAreUniqueAndSurviveLinesAddedAbove() throws IOException {
        JsonNode before = MAPPER.readTree(write(new GitlabWriter(), report()));
        JsonNode after = MAPPER.readTree(write(new GitlabWriter(), report(7)));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < before.size(); i++) {
            String fp = before.get(i).get("fingerprint").asText();
            assertTrue(seen.add(fp), "duplicate fingerprint " + fp);
            assertEquals(fp, after.get(i).get("fingerprint").asText());
            assertNotEquals(before.get(i).at("/location/lines/begin").asInt(), after.get(i).at("/location/lines/begin").asInt());
        }
        // The same finding has the same identity in SARIF, so both views of a merge request agree.
        JsonNode sarif = MAPPER.readTree(write(new SarifWriter(), report()));
        for (int i = 0; i < before.size(); i++) {
            assertEquals(sarif.at("/runs/0/results/" + i + "/partialFingerprints").get(SarifWriter.FINGERPRINT_KEY).asText(),
                    before.get(i).get("fingerprint").asText());
        }
    }

    @Test
    void severitiesAndDeterminism() throws IOException {
        String a = write(new GitlabWriter(), report());
        assertEquals(a, write(new GitlabWriter(), report()));
        List<String> severities = new ArrayList<>();
        MAPPER.readTree(a).forEach(i -> severities.add(i.get("check_name").asText() + "=" + i.get("severity").asText()));
        assertTrue(severities.containsAll(List.of("HR301=major", "HR102=minor", "HR401=info", "HR900=major")), severities::toString);
        assertFalse(a.contains("\r"));
    }

    /** The whole tool on samples/: every finding of the JSON report is an issue, valid, with its own fingerprint. */
    @Test
    void samplesScanIsAValidReport() throws IOException {
        JsonNode gitlab = MAPPER.readTree(scanSamples("gitlab"));
        JsonNode json = MAPPER.readTree(scanSamples("json")).get("findings");
        assertTrue(gitlab.size() > 20, "samples show every rule: " + gitlab.size());
        assertEquals(json.size(), gitlab.size());
        assertEquals(List.of(), messages(gitlab));
        Set<String> fingerprints = new HashSet<>();
        gitlab.forEach(i -> fingerprints.add(i.get("fingerprint").asText()));
        assertEquals(gitlab.size(), fingerprints.size());
        for (int i = 0; i < json.size(); i++) {
            assertEquals(json.get(i).get("file").asText(), gitlab.get(i).at("/location/path").asText());
            assertEquals(json.get(i).get("line").asInt(), gitlab.get(i).at("/location/lines/begin").asInt());
        }
    }

    private static String scanSamples(String format) {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[]{"scan", "samples", "--format", format, "--as-of", "2026-11-01"},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertEquals(1, code, "samples have errors");
        return out.toString();
    }

    private static List<String> messages(JsonNode doc) {
        return schema.validate(doc).stream().map(ValidationMessage::getMessage).toList();
    }
}
