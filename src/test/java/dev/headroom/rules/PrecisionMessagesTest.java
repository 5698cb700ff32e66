package dev.headroom.rules;

import dev.headroom.config.RuleSet;
import dev.headroom.model.Related;
import dev.headroom.read.ReadOptions;
import dev.headroom.scan.Scanner;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the findings of issue 12's precision fixes say, and which places they relate (the fixtures check where). */
class PrecisionMessagesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private static List<Finding> scan(String fixture, String rule) throws Exception {
        return new Scanner(RuleSet.load("default").withParam("HR107", "asOf", "2026-11-01"), ReadOptions.defaults())
                .scan(List.of(FIXTURES.resolve(fixture))).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static Finding at(List<Finding> fs, int line) {
        return fs.stream().filter(f -> f.source().line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no finding at " + line + ": " + fs));
    }

    private static boolean relatedAt(Finding f, int line) {
        return f.related().stream().map(Related::source).anyMatch(s -> s.line() == line);
    }

    @Test
    void stepScalingCooldownNamesTheCooldownProperty() throws Exception {
        Finding f = at(scan("cloudformation/step-scaling.json", "HR202"), 20);
        assertTrue(f.message().contains("Set Cooldown to about 60 s"), f.message());
        assertFalse(f.message().contains("ScaleOutCooldown"), f.message());
    }

    @Test
    void targetTrackingCooldownStillNamesScaleOutCooldown() throws Exception {
        List<Finding> fs = scan("cloudformation/ecs-scaling.yaml", "HR202");
        assertTrue(fs.stream().anyMatch(f -> f.message().contains("Set ScaleOutCooldown")), fs.toString());
    }

    @Test
    void snapStartAdviceOnlyWhereTheRuntimeSupportsIt() throws Exception {
        List<Finding> fs = scan("precision/snapstart-runtimes.yaml", "HR105");
        Finding java8 = at(fs, 3);
        assertTrue(java8.message().contains("upgrade the runtime from java8.al2"), java8.message());
        assertFalse(java8.message().contains("Enable SnapStart"), java8.message());
        Finding dotnet6 = at(fs, 21);
        assertTrue(dotnet6.message().contains("upgrade the runtime from dotnet6"), dotnet6.message());
        Finding java21 = at(fs, 12);
        assertTrue(java21.message().contains("Enable SnapStart (ApplyOn: PublishedVersions)"), java21.message());
        assertFalse(java21.message().contains("upgrade"), java21.message());
    }

    @Test
    void desiredCountFromAParameterPointsAtTheServiceAndRelatesTheParameter() throws Exception {
        Finding f = at(scan("precision/ecs-services.yaml", "HR203"), 54);
        assertTrue(relatedAt(f, 5), "the parameter default is related: " + f.related());
        assertTrue(relatedAt(f, 60), "the Ref is related: " + f.related());
        assertTrue(f.message().contains("fixed 3 tasks"), f.message());
    }

    @Test
    void oneCatchAllFindingPerFunctionWithTheOtherRoutesRelated() throws Exception {
        List<Finding> fs = scan("precision/routes.yaml", "HR109");
        assertEquals(2, fs.size(), fs.toString());
        Finding web = at(fs, 12);
        assertTrue(web.message().contains("ANY /{proxy+}"), web.message());
        assertTrue(relatedAt(web, 17), "the OPTIONS route is related: " + web.related());
    }

    @Test
    void managedInstancesSayWhichCallerKeepsTheShortLimit() throws Exception {
        List<Finding> fs = scan("precision/managed-instances.yaml", "HR101");
        assertTrue(at(fs, 38).message().contains("maximum of 900 s for a function invoked synchronously by function URL"),
                at(fs, 38).message());
        assertTrue(at(fs, 63).message().contains("invoked by an Amazon MQ broker mapping"), at(fs, 63).message());
        assertTrue(at(fs, 22).message().contains("maximum of 5400 s; the deployment fails"), at(fs, 22).message());
        Finding pc = at(scan("precision/managed-instances.yaml", "HR106"), 88);
        assertTrue(pc.message().contains("do not support provisioned concurrency"), pc.message());
        assertTrue(relatedAt(pc, 106), "the alias's provisioned concurrency is related: " + pc.related());
    }

    @Test
    void circuitBreakerPointsAtDeploymentConfiguration() throws Exception {
        List<Finding> fs = scan("precision/ecs-services.yaml", "HR207");
        assertEquals(List.of(71, 74), fs.stream().map(f -> f.source().line()).sorted().toList());
    }

    @Test
    void streamFindingsSayWhatIsUnboundedOrLost() throws Exception {
        List<Finding> cfn = scan("streams/mappings.yaml", "HR306");
        Finding unbounded = at(cfn, 26);
        assertTrue(unbounded.message().contains("until its records expire (24 hours on a DynamoDB stream)")
                && unbounded.message().contains("Set MaximumRetryAttempts"), unbounded.message());
        assertTrue(relatedAt(unbounded, 19), "the function is related: " + unbounded.related());
        Finding minusOne = at(cfn, 33);
        assertTrue(minusOne.message().contains("Kinesis") && minusOne.message().contains("retention period"), minusOne.message());
        assertTrue(relatedAt(minusOne, 39), "MaximumRetryAttempts -1 is related: " + minusOne.related());
        Finding lost = at(cfn, 46);
        assertTrue(lost.message().contains("after 3 retries") && lost.message().contains("lost without a trace")
                && lost.message().contains("DestinationConfig.OnFailure"), lost.message());
        Finding sls = at(scan("streams/serverless.yml", "HR306"), 10);
        assertTrue(sls.message().contains("destinations.onFailure"), sls.message());
        Finding slsUnbounded = at(scan("streams/serverless.yml", "HR306"), 9);
        assertTrue(slsUnbounded.message().contains("Set maximumRetryAttempts"), slsUnbounded.message());
    }

    @Test
    void everyCandidateViolatesAndTheOthersAreRelated() throws Exception {
        Finding over = at(scan("precision/candidates.yaml", "HR101"), 28);
        assertTrue(over.message().contains("timeout 1000 s (every value the template allows: 1000 s, 1200 s)"), over.message());
        assertTrue(relatedAt(over, 29), "the other branch is related: " + over.related());
        Finding memory = at(scan("precision/candidates.yaml", "HR103"), 10);
        assertTrue(relatedAt(memory, 11) && relatedAt(memory, 47), "the other allowed value and the Ref: " + memory.related());
        assertNull(memory.fix(), "one edit cannot mend every allowed value");
    }

    @Test
    void otherSideCandidatesAreJudgedAtTheirMostLenientAndRelated() throws Exception {
        String fixture = "precision/candidates-other-side.yaml";
        // A known visibility timeout against a set of function timeouts: fixed to cover the longest candidate.
        Finding jobs = at(scan(fixture, "HR304"), 27);
        assertTrue(jobs.message().contains("in every value the template allows (40 s, 60 s)"), jobs.message());
        assertTrue(jobs.message().contains("Set it to at least 60 s; AWS recommends 6 × the timeout, 360 s"), jobs.message());
        assertEquals(2, jobs.related().stream().filter(r -> r.source().line() == 12).count(), "both allowed timeouts: " + jobs.related());
        assertTrue(jobs.fix() != null, "the visibility timeout is known: fixable");
        // Both sides sets: no fix, both sides' other values related.
        Finding both = at(scan(fixture, "HR304"), 77);
        assertNull(both.fix(), "one edit cannot mend every branch");
        assertTrue(relatedAt(both, 78) && relatedAt(both, 94), both.related().toString());
        // The integration timeout is the set: the function's known timeout is not fixed to one branch's limit.
        Finding search = at(scan(fixture, "HR303"), 114);
        assertTrue(search.message().contains("integration timeout of at most 20 s (TimeoutInMillis is one of 10000, 20000)"),
                search.message());
        assertNull(search.fix(), "the right timeout depends on the branch that deploys");
        assertTrue(relatedAt(search, 125), search.related().toString());
        Finding cooldown = at(scan(fixture, "HR201"), 191);
        assertTrue(cooldown.message().contains("longer than every scale-in cooldown the template allows (30 s, 60 s)"),
                cooldown.message());
        assertNull(cooldown.fix(), "a swap would write one scale-in value over a parameter");
        assertTrue(relatedAt(cooldown, 15), cooldown.related().toString());
    }

    @Test
    void reservedSumCountsEachCandidateSetAtItsSmallest() throws Exception {
        Finding f = at(scan("precision/candidates-reserved-sum.yaml", "HR108"), 13);
        assertTrue(f.message().contains("reserve at least 930 concurrent executions (Ingest reserves at least 500)"), f.message());
        assertTrue(f.message().contains("at most 70 of the account's 1000 remain unreserved"), f.message());
        assertTrue(relatedAt(f, 12), "Ingest's other allowed value: " + f.related());
        assertEquals(2, f.related().stream().filter(r -> r.source().line() == 36).count(), "both Export branches: " + f.related());
        assertTrue(relatedAt(f, 44), "Audit's known reservation: " + f.related());
        assertTrue(scan("precision/candidates-reserved-sum-fine.yaml", "HR108").isEmpty(), "the smallest sum fits");
        // Functions that share the Globals parameter are named once each, not as the same values again.
        Finding sam = at(scan("precision/candidates-reserved-sum-sam.yaml", "HR108"), 12);
        assertTrue(relatedAt(sam, 21) && relatedAt(sam, 25), "Ingest and Export share it: " + sam.related());
        assertEquals(2, sam.related().stream().filter(r -> r.source().line() == 37).count(), "Report's branches: " + sam.related());
    }
}
