package dev.headroom.read;

import dev.headroom.config.RuleSet;
import dev.headroom.model.Located;
import dev.headroom.read.cfn.Resolver;
import dev.headroom.rules.Finding;
import dev.headroom.scan.ScanResult;
import dev.headroom.scan.Scanner;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.YamlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Values that double at each level ask for gigabytes from a few kilobytes of template: they stop at the work
 * budget's bounds as unknown values whose reason HR901 shows, and the rest of the file is still checked.
 */
class ExpansionBombTest {

    /** {@code e1: ${self:custom.e0}${self:custom.e0}}, ... 30 levels over a 1,000-character e0: 10^12 characters. */
    static String serverlessBomb() {
        // custom first: each level is resolved once, from the one below, so no nesting bound stops it
        StringBuilder b = new StringBuilder("service: bomb\ncustom:\n");
        b.append("  e0: ").append("a".repeat(1000)).append('\n');
        for (int i = 1; i <= 30; i++) {
            b.append("  e").append(i).append(": ${self:custom.e").append(i - 1).append("}${self:custom.e")
                    .append(i - 1).append("}\n");
        }
        b.append("""
                provider:
                  name: aws
                  runtime: nodejs20.x
                  timeout: ${self:custom.e30}
                functions:
                  f:
                    handler: h.h
                    memorySize: 20000
                """);
        return b.toString();
    }

    /** A {@code Timeout} that joins 300 {@code !Sub}s, each four copies of a 100,000-character parameter default. */
    static String cloudFormationBomb() {
        return """
                Parameters:
                  P:
                    Type: String
                    Default: %s
                Resources:
                  F:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: nodejs20.x
                      Handler: h.h
                      MemorySize: 20000
                      Timeout: !Join ['', [%s]]
                """.formatted("x".repeat(100_000), String.join(", ", java.util.Collections.nCopies(300, "!Sub '${P}${P}${P}${P}'")));
    }

    @Test
    void aDoublingServerlessVariableIsUnknownPastTheValueBound(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("serverless.yml"), serverlessBomb());
        List<Finding> findings = scanStrict(file);
        Finding unresolved = only(findings, "HR901");
        assertEquals(37, unresolved.source().line());
        assertTrue(unresolved.message().contains(WorkBudget.VALUE_TOO_LARGE), unresolved.message());
        assertEquals(1, findings.stream().filter(f -> f.ruleId().equals("HR103")).count(), "memory still checked: " + findings);
    }

    @Test
    void aJoinOfSubsOverALongDefaultStopsAtTheFileBudget(@TempDir Path dir) throws Exception {
        String yaml = cloudFormationBomb();
        MapNode root = (MapNode) YamlParser.parse("bomb.yaml", yaml).root();
        WorkBudget budget = new WorkBudget();
        Located<Object> timeout = new Resolver(root, Map.of(), budget)
                .resolve(root.getMap("Resources").getMap("F").getMap("Properties").get("Timeout"));
        assertTrue(timeout.isUnknown(), "a 120-million-character timeout was built");
        assertEquals(WorkBudget.EXHAUSTED, timeout.unknownReason());
        assertTrue(budget.chars() <= WorkBudget.MAX_FILE_CHARS + WorkBudget.MAX_VALUE_CHARS, "built " + budget.chars());

        Path file = Files.writeString(dir.resolve("bomb.yaml"), yaml);
        List<Finding> findings = scanStrict(file);
        assertTrue(only(findings, "HR901").message().contains("work limit"), findings.toString());
        assertEquals(1, findings.stream().filter(f -> f.ruleId().equals("HR103")).count(), "memory still checked: " + findings);
    }

    @Test
    void aSubThatWouldOutgrowOneValueIsUnknown() throws Exception {
        MapNode root = (MapNode) YamlParser.parse("t.yaml", """
                Parameters:
                  P: {Type: String, Default: %s}
                  Q: {Type: String, Default: "7"}
                V: !Sub '${P}${P}${P}'
                W: !Sub '${Q}'
                """.formatted("y".repeat(WorkBudget.MAX_VALUE_CHARS / 2))).root();
        Resolver r = new Resolver(root, Map.of());
        assertEquals(WorkBudget.VALUE_TOO_LARGE, r.resolve(root.get("V")).unknownReason());
        assertEquals("7", r.resolve(root.get("W")).value(), "the budget is per value: the next value resolves");
    }

    private static List<Finding> scanStrict(Path file) throws Exception {
        ScanResult r = new Scanner(RuleSet.load("strict"), ReadOptions.defaults()).scan(List.of(file));
        assertEquals(List.of(), r.internalErrors());
        return r.findings();
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> matching = findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertEquals(1, matching.size(), rule + " in " + findings);
        return matching.get(0);
    }
}
