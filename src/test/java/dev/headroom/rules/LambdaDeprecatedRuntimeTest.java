package dev.headroom.rules;

import dev.headroom.config.RuleSet;
import dev.headroom.read.ReadOptions;
import dev.headroom.rules.lambda.RuntimeTable;
import dev.headroom.scan.ScanResult;
import dev.headroom.scan.Scanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR107's levels move with the as-of date: nothing before deprecation, the rule's level after, error once updates are blocked. */
class LambdaDeprecatedRuntimeTest {

    @TempDir
    Path dir;

    private List<Finding> scan(String runtime, String asOf) throws Exception {
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: %s
                      Handler: x
                """.formatted(runtime));
        ScanResult r = new Scanner(RuleSet.load("default").withParam("HR107", "asOf", asOf), ReadOptions.defaults())
                .scan(List.of(t));
        return r.findings().stream().filter(f -> f.ruleId().equals("HR107")).toList();
    }

    @Test
    void levelsFollowTheTableDates() throws Exception {
        RuntimeTable.Entry e = RuntimeTable.get("nodejs20.x");
        assertTrue(scan("nodejs20.x", e.deprecation().minusDays(1).toString()).isEmpty(), "before deprecation");
        List<Finding> deprecated = scan("nodejs20.x", e.deprecation().toString());
        assertEquals(1, deprecated.size());
        assertEquals(Severity.WARNING, deprecated.get(0).severity());
        assertEquals(5, deprecated.get(0).source().line());
        List<Finding> blocked = scan("nodejs20.x", e.blockUpdate().toString());
        assertEquals(Severity.ERROR, blocked.get(0).severity());
        assertTrue(blocked.get(0).message().contains("blocked since " + e.blockUpdate()), blocked.get(0).message());
    }

    @Test
    void unknownAndCustomRuntimesAreNotReported() throws Exception {
        assertTrue(scan("provided.al2023", "2026-01-01").isEmpty());
        assertTrue(scan("cobol85", "2030-01-01").isEmpty());
    }

    @Test
    void tableIsOrderedSensibly() {
        assertFalse(RuntimeTable.all().isEmpty());
        for (RuntimeTable.Entry e : RuntimeTable.all().values()) {
            assertTrue(e.deprecation() != null, e.id());
            if (e.blockCreate() != null) assertFalse(e.blockCreate().isBefore(e.deprecation().minusYears(1)), e.id());
            if (e.blockUpdate() != null && e.blockCreate() != null) {
                assertFalse(e.blockUpdate().isBefore(e.blockCreate()), e.id() + ": updates blocked before creates");
            }
        }
        assertTrue(RuntimeTable.get("python3.8").deprecation().isBefore(LocalDate.of(2025, 1, 1)));
    }
}
