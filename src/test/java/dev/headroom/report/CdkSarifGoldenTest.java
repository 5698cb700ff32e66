package dev.headroom.report;

import dev.headroom.config.RuleSet;
import dev.headroom.fixtures.FixtureTest;
import dev.headroom.read.ReadOptions;
import dev.headroom.rules.Severity;
import dev.headroom.scan.ScanResult;
import dev.headroom.scan.Scanner;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SARIF of a real scan of one CDK assembly (a stage with two stacks), byte for byte: physical locations on
 * template lines, the construct path as a logical location, the construct type as a property, and the user's
 * source line as a related location. {@code SarifSchemaTest} holds the golden file against the schema.
 */
class CdkSarifGoldenTest {

    static final Path CASE = Path.of("src/test/resources/fixtures/cdk/stage-two-stacks.case");

    @Test
    void stageAssemblyMatchesGolden() throws Exception {
        RuleSet rules = RuleSet.load("default").withParam("HR107", "asOf", FixtureTest.AS_OF); // calendar-proof
        ScanResult r = new Scanner(rules, ReadOptions.defaults()).scan(List.of(CASE));
        Map<String, Severity> levels = new LinkedHashMap<>();
        rules.active().forEach(a -> levels.put(a.meta().id(), a.level()));
        ScanReport report = new ScanReport("0.1.0", CASE, rules.active().stream().map(RuleSet.Active::meta).toList(),
                levels, r.findings(), r.filesByFormat(), r.filesScanned(), r.notifications(), Duration.ZERO);
        String sarif = ReportFixtures.write(new SarifWriter(), report);
        // The source lines were recorded under /home/dev/shop and found again under the case directory.
        assertTrue(sarif.contains("\"uri\": \"lib/workers-stack.ts\""), sarif);
        ReportFixtures.assertGolden("cdk-stage.sarif", sarif);
    }
}
