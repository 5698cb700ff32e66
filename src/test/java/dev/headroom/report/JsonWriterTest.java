package dev.headroom.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.headroom.report.ReportFixtures.assertGolden;
import static dev.headroom.report.ReportFixtures.report;
import static dev.headroom.report.ReportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonWriterTest {

    @Test
    void matchesGolden() throws IOException {
        assertGolden("report-unit.json", write(new JsonWriter(), report()));
    }

    @Test
    void deterministicAndSummarised() throws IOException {
        String a = write(new JsonWriter(), report());
        assertEquals(a, write(new JsonWriter(), report()));
        JsonNode summary = new ObjectMapper().readTree(a).get("summary");
        assertEquals("{\"files\":4,\"errors\":2,\"warnings\":2,\"notes\":2,\"suppressed\":0}", summary.toString());
    }

    @Test
    void emptyReport() {
        assertEquals("""
                {
                  "version": 1,
                  "toolVersion": "0.1.0",
                  "findings": [],
                  "summary": {
                    "files": 2,
                    "errors": 0,
                    "warnings": 0,
                    "notes": 0,
                    "suppressed": 0
                  }
                }
                """, write(new JsonWriter(), ReportFixtures.empty()));
    }
}
