package dev.headroom.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static dev.headroom.report.ReportFixtures.assertGolden;
import static dev.headroom.report.ReportFixtures.report;
import static dev.headroom.report.ReportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void matchesGolden() throws IOException {
        assertGolden("report-unit.sarif", write(new SarifWriter(), report()));
    }

    @Test
    void emptyReportMatchesGolden() throws IOException {
        assertGolden("report-empty.sarif", write(new SarifWriter(), ReportFixtures.empty()));
    }

    @Test
    void sameReportSameBytes() {
        String a = write(new SarifWriter(), report());
        assertEquals(a, write(new SarifWriter(), report()));
        assertFalse(a.contains("\r"), "line ends must be \\n");
        assertTrue(a.endsWith("}\n"));
        assertFalse(a.contains("/proj"), "no absolute path may leak into the log");
    }

    @Test
    void fingerprintsIgnoreLineShifts() throws IOException {
        List<String> before = fingerprints(write(new SarifWriter(), report(0)));
        List<String> after = fingerprints(write(new SarifWriter(), report(3)));
        assertEquals(before, after);
        assertEquals(before.size(), before.stream().distinct().count(), "fingerprints must be unique: " + before);
        assertTrue(before.stream().anyMatch(f -> f.endsWith(":2")), "the duplicate gets an occurrence suffix");
        // ...while the region does move, so the comparison above is not vacuous.
        assertNotEquals(write(new SarifWriter(), report(0)), write(new SarifWriter(), report(3)));
    }

    @Test
    void everyResultHasExplicitLevelAndRuleIndexOnlyForKnownRules() throws IOException {
        JsonNode run = MAPPER.readTree(write(new SarifWriter(), report())).get("runs").get(0);
        JsonNode rules = run.at("/tool/driver/rules");
        for (JsonNode r : run.get("results")) {
            assertTrue(r.has("level"), r.toString());
            if (r.get("ruleId").asText().equals("HR900")) {
                assertFalse(r.has("ruleIndex"), "HR900 is not an active rule");
            } else {
                assertEquals(r.get("ruleId").asText(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
            }
        }
        // HR401 defaults to note but the rule set raised it: the configured level wins.
        assertEquals("warning", rules.get(2).at("/defaultConfiguration/level").asText());
    }

    private static List<String> fingerprints(String sarif) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode r : MAPPER.readTree(sarif).at("/runs/0/results")) {
            out.add(r.at("/partialFingerprints/headroom~1v1").asText());
        }
        return out;
    }
}
