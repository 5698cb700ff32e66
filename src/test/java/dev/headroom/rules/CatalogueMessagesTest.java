package dev.headroom.rules;

import dev.headroom.config.RuleSet;
import dev.headroom.model.Related;
import dev.headroom.read.ReadOptions;
import dev.headroom.scan.Scanner;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixtures check where findings are; this checks what they say and which related locations they carry
 * (RULES.md: the value found, the limit, what to do; the other side of a relation).
 */
class CatalogueMessagesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private static List<Finding> scan(String fixture, String rule) throws Exception {
        return new Scanner(RuleSet.load("default").withParam("HR107", "asOf", "2026-11-01"), ReadOptions.defaults())
                .scan(List.of(FIXTURES.resolve(fixture))).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static Finding at(List<Finding> fs, int line) {
        return fs.stream().filter(f -> f.source().line() == line).findFirst().orElseThrow(() -> new AssertionError("no finding at " + line + ": " + fs));
    }

    private static boolean relatedAt(Finding f, int line) {
        return f.related().stream().map(Related::source).anyMatch(s -> s.line() == line);
    }

    @Test
    void apiTimeoutNamesBothTimeoutsAndTheRoute() throws Exception {
        Finding f = at(scan("cloudformation/integrations.yaml", "HR303"), 108);
        assertTrue(f.message().contains("timeout 60 s") && f.message().contains("29 s (the default)"), f.message());
        assertTrue(relatedAt(f, 118), "the REST method is related: " + f.related());
        Finding explicit = at(scan("cloudformation/integrations.yaml", "HR303"), 164);
        assertTrue(explicit.message().contains("10 s (TimeoutInMillis 10000)"), explicit.message());
    }

    @Test
    void rdsFindingsPointAtTheEntryWithTheDatabaseRelated() throws Exception {
        Finding f = at(scan("cloudformation/integrations.yaml", "HR301"), 57);
        assertTrue(f.message().contains("DB_HOST = Database.Endpoint.Address"), f.message());
        assertTrue(relatedAt(f, 14), "database related: " + f.related());
        // DB_URL reaches the same database: no finding of its own (the fixture says so), a related location here.
        assertTrue(relatedAt(f, 58), "second entry related: " + f.related());
        assertTrue(relatedAt(at(scan("cloudformation/integrations.yaml", "HR302"), 57), 58));
        Finding vpc = at(scan("cloudformation/integrations.yaml", "HR302"), 98);
        assertTrue(vpc.message().contains("RDS Proxy Proxy"), vpc.message());
    }

    @Test
    void visibilityGivesTheRecommendedValue() throws Exception {
        Finding f = at(scan("cloudformation/integrations.yaml", "HR305"), 217);
        assertTrue(f.message().contains("120 s") && f.message().contains("at least 360 s"), f.message());
        assertTrue(relatedAt(f, 213), "function timeout related: " + f.related());
    }

    @Test
    void coldStartPointsAtTheFunctionWithTheTrigger() throws Exception {
        Finding f = at(scan("cloudformation/lambda-cold-start.yaml", "HR105"), 12);
        assertTrue(f.message().contains("java21") && f.message().contains("SnapStart"), f.message());
        assertTrue(relatedAt(f, 29), "the method is related: " + f.related());
        assertTrue(f.related().get(0).message().contains("GET /orders"), f.related().toString());
    }

    @Test
    void reservedConcurrencyAddsUpTheStack() throws Exception {
        List<Finding> fs = scan("cloudformation/lambda-runtime-concurrency-routes.yaml", "HR108");
        assertEquals(1, fs.size());
        assertTrue(fs.get(0).message().contains("reserve 950") && fs.get(0).message().contains("50 of the account's 1000"),
                fs.get(0).message());
    }

    @Test
    void deprecatedRuntimeIsAnErrorOnceUpdatesAreBlocked() throws Exception {
        Finding f = at(scan("cloudformation/lambda-runtime-concurrency-routes.yaml", "HR107"), 16);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("python3.8") && f.message().contains("2024-10-14"), f.message());
    }
}
