package dev.headroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SARIF with suppressed findings: left out by default (GitHub code scanning would open alerts for them); with
 * {@code --sarif-suppressed include} every result carries {@code suppressions} (empty when not suppressed) and,
 * with a baseline, {@code baselineState}. The included form is compared byte for byte with
 * {@code golden/suppressed.sarif}, which the schema test validates; rewrite with {@code -Dheadroom.updateGolden=true}.
 */
class SuppressedSarifTest {

    private static final String BASE = "src/test/resources/fixtures/suppress";

    private static CliTest.Run scan(String... extra) {
        String[] common = {"scan", "--no-config", "--as-of", "2026-11-01", "--format", "sarif", "--base-dir", BASE,
                "--baseline", BASE + "/baseline.case/known-findings.json",
                BASE + "/globals-sam.yaml", BASE + "/metadata-cloudformation.json", BASE + "/baseline.case/template.yaml"};
        String[] all = new String[common.length + extra.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(extra, 0, all, common.length, extra.length);
        return CliTest.run(all);
    }

    @Test
    void suppressedResultsAreLeftOutByDefault() throws Exception {
        JsonNode results = new ObjectMapper().readTree(scan().out()).get("runs").get(0).get("results");
        for (JsonNode r : results) {
            assertTrue(!r.has("suppressions"), r.toString());
            assertEquals("new", r.get("baselineState").asText(), r.toString());
        }
    }

    @Test
    void includedWithSuppressionsAndBaselineState() throws Exception {
        CliTest.Run r = scan("--sarif-suppressed", "include");
        assertEquals(1, r.code(), r.err());
        JsonNode results = new ObjectMapper().readTree(r.out()).get("runs").get(0).get("results");
        int inSource = 0;
        int external = 0;
        for (JsonNode res : results) {
            assertTrue(res.get("suppressions").isArray(), res.toString());
            assertTrue(res.has("baselineState"), res.toString());
            for (JsonNode s : res.get("suppressions")) {
                assertEquals("accepted", s.get("status").asText());
                assertTrue(!s.get("justification").asText().isBlank());
                if (s.get("kind").asText().equals("inSource")) inSource++;
                else external++;
            }
        }
        assertTrue(inSource >= 3, "Metadata and comment suppressions: " + inSource);
        assertEquals(1, external, "the baseline-held finding");
        Path golden = Path.of("src/test/resources/golden/suppressed.sarif");
        if (Boolean.getBoolean("headroom.updateGolden")) Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), r.out(), "SARIF differs from " + golden);
    }
}
