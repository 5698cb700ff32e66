package dev.headroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.rules.Finding;
import dev.headroom.suppress.Baseline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A baseline survives edits: created on a tree of fixtures, it still holds every finding after lines are inserted
 * above each of them and messages are reworded; one new problem is exactly one new finding and fails the run.
 */
class BaselineTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final String AS_OF = "2026-11-01";

    private static void copy(String rel, Path root) throws Exception {
        Path from = FIXTURES.resolve(rel);
        Path to = root.resolve(rel);
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static JsonNode json(CliTest.Run r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    /** Inserts a line above every line that holds a finding (a comment in YAML, a blank line in JSON). */
    private static void insertAboveFindings(Path root, JsonNode report) throws Exception {
        Map<String, List<Integer>> lines = new java.util.TreeMap<>();
        for (JsonNode f : report.get("findings")) {
            lines.computeIfAbsent(f.get("file").asText(), k -> new ArrayList<>()).add(f.get("line").asInt());
        }
        for (var e : lines.entrySet()) {
            Path file = root.resolve(e.getKey());
            List<String> text = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            String filler = file.toString().endsWith(".json") ? "" : "# a line inserted above the finding";
            e.getValue().stream().distinct().sorted(java.util.Comparator.reverseOrder()).forEach(l -> text.add(l - 1, filler));
            text.add(0, filler);
            Files.write(file, text, StandardCharsets.UTF_8);
        }
    }

    @Test
    void survivesInsertedLinesAndRewordedMessagesAndCatchesOneNewProblem(@TempDir Path root) throws Exception {
        for (String f : List.of("sam/globals.yaml", "serverless/provider-inheritance.yml",
                "cloudformation/lambda-limits.yaml", "cloudformation-json/lambda-cold-start.json")) {
            copy(f, root);
        }
        Path baseline = root.resolve(Baseline.DEFAULT_FILE);
        String dir = root.toString();
        CliTest.Run before = CliTest.run("scan", "--no-config", "--as-of", AS_OF, "--format", "json", "--base-dir", dir, dir);
        int findings = json(before).get("findings").size();
        assertTrue(findings >= 15, "findings: " + findings);

        CliTest.Run written = CliTest.run("baseline", "--no-config", "--as-of", AS_OF, "-o", baseline.toString(), dir);
        assertEquals(0, written.code(), written.err());
        String text = Files.readString(baseline);
        assertTrue(!text.contains("\"line\"") && !text.contains("message"), "no lines, no messages: " + text);

        insertAboveFindings(root, json(before));
        CliTest.Run after = CliTest.run("scan", "--no-config", "--as-of", AS_OF, "--format", "json", "--base-dir", dir,
                "--baseline", baseline.toString(), dir);
        JsonNode a = json(after);
        assertEquals(0, a.get("summary").get("baseline").get("new").asInt(), after.out());
        assertEquals(findings, a.get("summary").get("baseline").get("held").asInt());
        assertEquals(0, a.get("summary").get("baseline").get("unmatched").asInt());
        assertEquals(0, after.code(), after.err());
        // Every finding moved: the baseline matched without a single line number.
        JsonNode firstBefore = json(before).get("findings").get(0);
        JsonNode firstAfter = a.get("findings").get(0);
        assertTrue(firstAfter.get("line").asInt() > firstBefore.get("line").asInt());

        // Reworded messages: identities carry no message text, so the same baseline still holds everything.
        Baseline held = Baseline.read(baseline);
        List<Finding> reworded = new dev.headroom.scan.Scanner(dev.headroom.config.RuleSet.load("default")
                .withParam("HR107", "asOf", AS_OF), dev.headroom.read.ReadOptions.defaults()).scan(List.of(root))
                .findings().stream().map(BaselineTest::reworded).toList();
        assertEquals(held.entries(), Baseline.count(reworded, held.base()));

        // One new problem: exactly one new finding, and the run fails.
        Path cfn = root.resolve("cloudformation/lambda-limits.yaml");
        Files.writeString(cfn, Files.readString(cfn) + """
                  BrandNew:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.12
                      Timeout: 901
                """);
        CliTest.Run added = CliTest.run("scan", "--no-config", "--as-of", AS_OF, "--format", "json", "--base-dir", dir,
                "--baseline", baseline.toString(), dir);
        JsonNode n = json(added);
        assertEquals(1, n.get("summary").get("baseline").get("new").asInt(), added.out());
        List<JsonNode> open = new ArrayList<>();
        for (JsonNode f : n.get("findings")) if (!f.has("suppressed")) open.add(f);
        assertEquals(1, open.size(), open.toString());
        assertEquals("HR101", open.get(0).get("ruleId").asText());
        assertEquals(1, added.code());
    }

    @Test
    void theBaselineCountsEachIdentityAndHoldsIt(@TempDir Path root) throws Exception {
        String one = """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.12
                      Timeout: 901
                """;
        Path t = Files.writeString(root.resolve("template.yaml"), one);
        Path baseline = root.resolve("b.json");
        assertEquals(0, CliTest.run("baseline", "--no-config", "-o", baseline.toString(), t.toString()).code());
        assertTrue(Files.readString(baseline).contains("\"count\": 1"));
        CliTest.Run r = CliTest.run("scan", "--no-config", "--baseline", baseline.toString(), t.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("0 new findings, 1 held by the baseline, 0 baseline entries no longer match"), r.out());
    }

    /** A function with two findings (timeout over the maximum, memory below the minimum). */
    private static final String TWO_FINDINGS = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
                  Timeout: 901
                  MemorySize: 64
            """;

    /** The finding as if its rule said the same thing in other words (a subject made from the message with it). */
    private static Finding reworded(Finding f) {
        String message = "Reworded: " + f.message().toUpperCase(java.util.Locale.ROOT);
        return new Finding(f.ruleId(), f.severity(), message, f.source(), f.related(), f.origin(),
                f.subject().equals(f.message()) ? message : f.subject());
    }

    /** A template's first lines up to a function's properties, to which each test adds its own. */
    private static final String FUNCTION_HEAD = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
            """;

    /**
     * Findings about a file rather than an element (HR900 parse errors and reader problems, HR903 annotations)
     * are held by rule and file, counted, never by message: lines inserted above them, a message that says the
     * date (an expired suppression, judged as of another day) and rewording leave them held.
     */
    @Test
    void fileLevelFindingsSurviveInsertedLinesAndRewording(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("broken.yaml"), FUNCTION_HEAD + """
                      Timeout: [1, 2
                """);
        Path noType = Files.writeString(root.resolve("notype.yaml"), FUNCTION_HEAD + """
                  NoType:
                    Properties: {}
                """);
        Files.writeString(root.resolve("annotations.yaml"), FUNCTION_HEAD + """
                      # headroom: ignore[HR102] until 2026-10-01 -- migration ticket OPS-42
                      Timeout: 895
                      # headroom: ignore[HR999] -- no such rule
                      MemorySize: 1024
                """);
        String dir = root.toString();
        Path baseline = root.resolve(Baseline.DEFAULT_FILE);
        CliTest.Run before = CliTest.run("scan", "--no-config", "--as-of", AS_OF, "--format", "json", "--base-dir", dir, dir);
        List<String> rules = new ArrayList<>();
        for (JsonNode f : json(before).get("findings")) rules.add(f.get("ruleId").asText());
        assertEquals(List.of("HR102", "HR900", "HR900", "HR903", "HR903"), rules.stream().sorted().toList(), before.out());
        assertEquals(0, CliTest.run("baseline", "--no-config", "--as-of", AS_OF, "-o", baseline.toString(), dir).code());
        String text = Files.readString(baseline);
        assertTrue(!text.contains("expired") && !text.contains("no Type") && !text.contains("flow sequence"), text);

        insertAboveFindings(root, json(before));
        String nextMonth = "2026-12-01"; // the expired suppression's message names the as-of date
        CliTest.Run after = CliTest.run("scan", "--no-config", "--as-of", nextMonth, "--format", "json", "--base-dir", dir,
                "--baseline", baseline.toString(), dir);
        JsonNode a = json(after).get("summary").get("baseline");
        assertEquals(0, a.get("new").asInt(), after.out());
        assertEquals(5, a.get("held").asInt(), after.out());
        assertEquals(0, a.get("unmatched").asInt(), after.out());
        assertEquals(0, after.code(), after.err());

        Baseline held = Baseline.read(baseline);
        List<Finding> reworded = new dev.headroom.scan.Scanner(dev.headroom.config.RuleSet.load("default")
                .withParam("HR107", "asOf", AS_OF), dev.headroom.read.ReadOptions.defaults()).scan(List.of(root))
                .findings().stream().map(BaselineTest::reworded).toList();
        assertEquals(held.entries(), Baseline.count(reworded, held.base()));

        // One more resource without a Type: one more HR900 in that file, exactly one new finding.
        Files.writeString(noType, Files.readString(noType) + "  AlsoNoType:\n    Properties: {}\n");
        CliTest.Run added = CliTest.run("scan", "--no-config", "--as-of", nextMonth, "--format", "json", "--base-dir", dir,
                "--baseline", baseline.toString(), dir);
        assertEquals(1, json(added).get("summary").get("baseline").get("new").asInt(), added.out());
        assertEquals(1, added.code());
    }

    @Test
    void aSarifReportIsAcceptedAsBaseline(@TempDir Path root) throws Exception {
        Path t = Files.writeString(root.resolve("template.yaml"), TWO_FINDINGS);
        Path sarif = root.resolve("previous.sarif");
        String dir = root.toString();
        assertEquals(1, CliTest.run("scan", "--no-config", "--base-dir", dir, "--format", "sarif", "-o", sarif.toString(), dir).code());
        Files.writeString(t, "# moved\n# down\n" + Files.readString(t));
        CliTest.Run r = CliTest.run("scan", "--no-config", "--base-dir", dir, "--baseline", sarif.toString(), dir);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("0 new findings, 2 held by the baseline"), r.out());
    }

    @Test
    void aSarifBaselineIsReadThroughTheSarifModel(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("template.yaml"), TWO_FINDINGS);
        String dir = root.toString();
        Path sarif = root.resolve("previous.sarif");
        assertEquals(1, CliTest.run("scan", "--no-config", "--base-dir", dir, "--format", "sarif", "-o", sarif.toString(), dir).code());
        // What another SARIF producer may add: properties we do not write, a null, a result it marked suppressed.
        String other = Files.readString(sarif)
                .replace("\"level\": \"error\",", "\"level\": \"error\", \"kind\": \"fail\", \"rank\": 42.0, \"guid\": null,")
                .replace("\"partialFingerprints\": {", "\"suppressions\": [{\"kind\": \"external\", \"status\": \"accepted\"}],\n\"partialFingerprints\": {");
        assertTrue(other.contains("\"rank\": 42.0") && other.contains("\"suppressions\""), other);
        Files.writeString(sarif, other);
        CliTest.Run r = CliTest.run("scan", "--no-config", "--base-dir", dir, "--baseline", sarif.toString(), dir);
        // Every result of the previous report was marked suppressed there, so none of them is a known open finding.
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("2 new findings, 0 held by the baseline"), r.out());
    }

    @Test
    void aSarifBaselineWithAValueOutsideTheSchemaIsAUsageErrorAtItsLine(@TempDir Path root) throws Exception {
        Path sarif = Files.writeString(root.resolve("previous.sarif"), """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
                  {"ruleId": "HR102",
                   "level": "fatal", "message": {"text": "m"}}]}]}
                """);
        CliTest.Run r = CliTest.run("scan", "--no-config", "--baseline", sarif.toString(), "src/test/resources/fixtures/sam/globals.yaml");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("previous.sarif:3:"), r.err());
        assertTrue(r.err().contains("not a valid SARIF report"), r.err());
    }

    @Test
    void aBaselineThatIsNeitherIsAUsageError(@TempDir Path root) throws Exception {
        Path bad = Files.writeString(root.resolve("b.json"), "{\"something\": 1}");
        CliTest.Run r = CliTest.run("scan", "--no-config", "--baseline", bad.toString(), "src/test/resources/fixtures/sam/globals.yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a headroom baseline"), r.err());
    }
}
