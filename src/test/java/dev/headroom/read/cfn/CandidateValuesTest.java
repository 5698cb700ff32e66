package dev.headroom.read.cfn;

import dev.headroom.model.Located;
import dev.headroom.read.WorkBudget;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.YamlParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Candidate values of unresolvable {@code Fn::If}s and of parameters without a default but with
 * {@code AllowedValues}: what they hold, and that no template makes them expensive (work is counted in resolver
 * steps, never timed).
 */
class CandidateValuesTest {

    private static Located<Object> resolve(String yaml, WorkBudget budget) throws Exception {
        MapNode root = (MapNode) YamlParser.parse("t.yaml", yaml).root();
        return new Resolver(root, Map.of(), budget).resolve(root.getMap("Resources").getMap("Fn").getMap("Properties").get("V"));
    }

    /** {@code depth} levels of Fn::If whose two branches are the level below (YAML aliases: a DAG, 2^depth paths). */
    private static String nestedIfs(int depth) {
        StringBuilder b = new StringBuilder("Parameters:\n  Env: {Type: String}\nConditions:\n  C: !Equals [!Ref Env, x]\n");
        b.append("Levels:\n  L0: &l0 1000\n");
        for (int i = 1; i <= depth; i++) b.append("  L").append(i).append(": &l").append(i).append(" !If [C, *l")
                .append(i - 1).append(", *l").append(i - 1).append("]\n");
        return b.append("Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      V: *l").append(depth)
                .append('\n').toString();
    }

    @Test
    void threeLevelsOfBranchesAreEightCandidates() throws Exception {
        Located<Object> v = resolve(nestedIfs(3), new WorkBudget());
        assertTrue(v.isUnknown());
        assertEquals(8, v.candidates().size());
        assertTrue(v.candidates().stream().allMatch(c -> Long.valueOf(1000).equals(c.value())));
    }

    @Test
    void nestedBranchesStopAtTheCapWithLinearWork() throws Exception {
        WorkBudget budget = new WorkBudget();
        Located<Object> v = resolve(nestedIfs(16), budget);
        assertTrue(v.isUnknown());
        assertEquals(List.of(), v.candidates(), "more than " + Resolver.MAX_CANDIDATES + " leaves: no candidate set");
        assertTrue(budget.steps() < 2_000, "2^16 paths must not be walked: " + budget.steps() + " steps");
    }

    @Test
    void allowedValuesAreCandidatesAtTheirOwnLines() throws Exception {
        Located<Object> v = resolve("""
                Parameters:
                  Size:
                    Type: Number
                    AllowedValues: [128, 256]
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      V: !Ref Size
                """, new WorkBudget());
        assertEquals(2, v.candidates().size());
        assertEquals(4, v.candidates().get(0).source().line());
        assertEquals(9, v.candidates().get(0).related().get(0).source().line(), "the Ref is related");
    }
}
