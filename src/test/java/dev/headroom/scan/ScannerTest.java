package dev.headroom.scan;

import dev.headroom.config.RuleSet;
import dev.headroom.model.InputFormat;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.Origin;
import dev.headroom.model.Source;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScannerTest {

    @Test
    void aFailingRuleIsAnInternalErrorAndTheOtherRulesStillRun() throws Exception {
        Source at = Source.at("t.yaml", 3, 3);
        Origin origin = Origin.of("Fn", "AWS::Lambda::Function", at);
        // A model no reader builds: a timeout whose one candidate is itself unknown (readers keep only known
        // candidates). The timeout rules that judge its candidates fail (HR101 among them); the memory rule does not.
        Located<Integer> brokenTimeout = Located.oneOf("broken", at, List.of(Located.<Integer>unknown("broken", at)));
        LambdaFunction broken = new LambdaFunction(origin, brokenTimeout, Located.of(64, at), Located.defaulted(512, at),
                null, null, null, null, null, List.of(), null, null, null, null, null);
        Stack.Builder b = new Stack.Builder("t.yaml", InputFormat.CLOUDFORMATION, "t");
        b.functions.add(broken);
        List<Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        new Scanner(RuleSet.load("default"), ReadOptions.defaults()).check(b.build(), findings, errors);
        assertTrue(errors.stream().anyMatch(e -> e.contains("internal error in HR101")), errors.toString());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("HR103")), "HR103 still ran: " + findings);
    }

    @Test
    void oversizeFilesAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            out.write("{\"Resources\": {}, \"Pad\": \"".getBytes());
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 51; i++) out.write(chunk);
            out.write("\"}".getBytes());
        }
        ScanResult r = new Scanner(RuleSet.load("default"), ReadOptions.defaults()).scan(List.of(big));
        assertEquals(1, r.findings().size());
        assertEquals("HR900", r.findings().get(0).ruleId());
        assertTrue(r.findings().get(0).message().startsWith("file too large"), r.findings().get(0).message());
    }
}
