package dev.headroom.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Holds every golden SARIF file against the SARIF 2.1.0 schema and against what GitHub code scanning
 * requires beyond it. The schema ships with the tests and is loaded with no schema loaders at all, so a
 * reference that would need the network fails instead of fetching.
 */
class SarifSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonNode node = MAPPER.readTree(ReportFixtures.resource("schema/sarif-schema-2.1.0.json"));
        assertEquals("http://json-schema.org/draft-07/schema#", node.get("$schema").asText());
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                b -> b.schemaLoaders(l -> l.values(List::clear)));
        schema = factory.getSchema(node);
    }

    @Test
    void goldenFilesAreValid() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(GOLDEN)) {
            files = s.filter(p -> p.toString().endsWith(".sarif")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no golden SARIF files under " + GOLDEN);
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            JsonNode log = MAPPER.readTree(f.toFile());
            for (ValidationMessage m : schema.validate(log)) problems.add(f + ": schema: " + m.getMessage());
            for (String p : githubProblems(log)) problems.add(f + ": github: " + p);
        }
        if (!problems.isEmpty()) fail(problems.size() + " problem(s):\n" + String.join("\n", problems));
    }

    @Test
    void writerOutputIsValid() throws IOException {
        JsonNode log = MAPPER.readTree(ReportFixtures.write(new SarifWriter(), ReportFixtures.report()));
        assertEquals(List.of(), schema.validate(log).stream().map(ValidationMessage::getMessage).toList());
        assertEquals(List.of(), githubProblems(log));
    }

    /** The checks must be able to fail: a level SARIF does not know, and a result GitHub would reject. */
    @Test
    void brokenLogIsRejected() throws IOException {
        JsonNode log = MAPPER.readTree(ReportFixtures.write(new SarifWriter(), ReportFixtures.report()));
        ObjectNode result = (ObjectNode) log.at("/runs/0/results/0");
        result.put("level", "fatal");
        assertTrue(schema.validate(log).stream().anyMatch(m -> m.getMessage().contains("level")),
                () -> "schema accepted level 'fatal': " + schema.validate(log));

        ObjectNode artifact = (ObjectNode) log.at("/runs/0/results/1/locations/0/physicalLocation/artifactLocation");
        artifact.put("uri", "file:///C:\\proj\\serverless.yml");
        ((ObjectNode) log.at("/runs/0/results/2")).remove("message");
        List<String> problems = githubProblems(log);
        assertTrue(problems.stream().anyMatch(p -> p.contains("file:")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("message.text")), problems::toString);
    }

    /** What GitHub code scanning needs of each result, which the schema leaves optional. */
    static List<String> githubProblems(JsonNode log) {
        List<String> problems = new ArrayList<>();
        JsonNode runs = log.path("runs");
        if (runs.size() == 0) problems.add("no run");
        for (int i = 0; i < runs.size(); i++) {
            JsonNode run = runs.get(i);
            if (run.at("/tool/driver/name").asText("").isEmpty()) problems.add("run " + i + ": no tool.driver.name");
            JsonNode results = run.path("results");
            for (int j = 0; j < results.size(); j++) {
                JsonNode r = results.get(j);
                String at = "run " + i + " result " + j + ": ";
                if (r.path("ruleId").asText("").isEmpty()) problems.add(at + "no ruleId");
                if (r.at("/message/text").asText("").isEmpty()) problems.add(at + "no message.text");
                JsonNode locations = r.path("locations");
                if (locations.size() == 0) problems.add(at + "no location");
                for (JsonNode loc : locations) {
                    String uri = loc.at("/physicalLocation/artifactLocation/uri").asText("");
                    if (uri.isEmpty()) problems.add(at + "no artifactLocation.uri");
                    if (uri.startsWith("file:") || uri.startsWith("/") || uri.contains("\\")) {
                        problems.add(at + "uri is not a relative path with forward slashes: " + uri);
                    }
                    if (loc.at("/physicalLocation/region/startLine").asInt(0) < 1) {
                        problems.add(at + "region.startLine missing or < 1");
                    }
                }
            }
        }
        return problems;
    }
}
