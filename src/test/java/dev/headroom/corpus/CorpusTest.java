package dev.headroom.corpus;

import dev.headroom.config.RuleSet;
import dev.headroom.model.InputFormat;
import dev.headroom.read.ReadOptions;
import dev.headroom.rules.Finding;
import dev.headroom.scan.ScanResult;
import dev.headroom.scan.Scanner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads every file of the shared corpus (real templates from public repositories) with the strict rule set:
 * no internal error may occur and no exception may escape. Prints what was read and found, per format and
 * per rule, for the closing notes of issues.
 */
class CorpusTest {

    @Test
    void readsTheWholeCorpusWithoutInternalErrors() throws Exception {
        Path corpus = Path.of(System.getProperty("headroom.corpus", "../shared/corpus"));
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
        long start = System.nanoTime();
        ScanResult r = new Scanner(RuleSet.load("strict"), ReadOptions.defaults()).scan(List.of(corpus));
        long ms = (System.nanoTime() - start) / 1_000_000;

        Map<String, Long> perRule = r.findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        System.out.printf("corpus: %d files read in %d ms; by format: %s%n", r.filesScanned(), ms, r.filesByFormat());
        System.out.printf("corpus: %d findings; by rule: %s%n", r.findings().size(), perRule);
        System.out.printf("corpus: %d CDK assemblies, %d stacks, %d resources read from assemblies%n",
                r.cdk().assemblies(), r.cdk().stacks(), r.cdk().resources());
        r.internalErrors().forEach(e -> System.out.println("corpus internal error: " + e));

        assertEquals(List.of(), r.internalErrors(), "internal errors on the corpus");
        assertTrue(r.filesByFormat().getOrDefault(InputFormat.CLOUDFORMATION, 0) > 500, "CloudFormation files read");
        assertTrue(r.filesByFormat().getOrDefault(InputFormat.SAM, 0) > 800, "SAM files read");
        // cdk-synth/ holds 13 apps (one synthesizes two stacks, 470 resources in all, counted with a script).
        // Every template is read once, as part of its assembly.
        assertTrue(r.cdk().assemblies() >= 13, "CDK assemblies read: " + r.cdk().assemblies());
        assertTrue(r.cdk().stacks() >= 14, "CDK stacks read: " + r.cdk().stacks());
        assertTrue(r.cdk().resources() > 400, "CDK resources read: " + r.cdk().resources());
        assertEquals(r.cdk().stacks(), (int) r.filesByFormat().getOrDefault(InputFormat.CDK, 0),
                "one CDK template file per stack");
        int serverless = r.filesByFormat().getOrDefault(InputFormat.SERVERLESS, 0);
        System.out.printf("corpus: %d Serverless Framework files read%n", serverless);
        assertTrue(serverless > 50, "Serverless Framework files read: " + serverless);
    }
}
