package dev.headroom.read.cfn;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.headroom.fuzz.Seeds;
import dev.headroom.model.Located;
import dev.headroom.read.WorkBudget;
import dev.headroom.tree.Document;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.Parsers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing of intrinsic resolution: every value of every resource of a template (YAML), resolved.
 * The property: nothing throws, and the work stays within the file's {@link WorkBudget}: no value larger than
 * its bound, no more characters or steps than the file may spend.
 */
class IntrinsicsFuzzTest {

    @FuzzTest(maxDuration = "40s")
    void resolve(byte[] data) {
        check(data);
    }

    @TestFactory
    Stream<DynamicTest> seeds() {
        return Seeds.files(Seeds::isYaml).stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> check(Seeds.read(p))));
    }

    static void check(byte[] data) {
        Document doc;
        try {
            doc = Parsers.parse("fuzz.yaml", new String(data, StandardCharsets.UTF_8));
        } catch (ParseException e) {
            return;
        }
        if (!(doc.root() instanceof MapNode root)) return;
        WorkBudget budget = new WorkBudget();
        Resolver resolver = new Resolver(root, Map.of("Stage", "prod"), budget);
        MapNode resources = root.getMap("Resources");
        if (resources != null) {
            for (MapNode.Entry r : resources.entries()) visit(r.value(), resolver, 0);
        }
        MapNode outputs = root.getMap("Outputs");
        if (outputs != null) visit(outputs, resolver, 0);
        assertTrue(budget.chars() <= WorkBudget.MAX_FILE_CHARS + WorkBudget.MAX_VALUE_CHARS, "characters " + budget.chars());
        assertTrue(budget.steps() <= WorkBudget.MAX_FILE_STEPS + 1_000_000, "steps " + budget.steps());
    }

    /** Resolves {@code n} and, below it, each map value and list item (as the readers ask for properties). */
    private static void visit(Node n, Resolver resolver, int depth) {
        if (n == null || depth > 8) return;
        Located<Object> v = resolver.resolve(n);
        if (v.value() instanceof String s) assertTrue(s.length() <= WorkBudget.MAX_VALUE_CHARS, "value of " + s.length());
        resolver.resolveInt(n);
        resolver.references(n);
        if (n instanceof MapNode m) for (MapNode.Entry e : m.entries()) visit(e.value(), resolver, depth + 1);
        if (n instanceof ListNode l) for (Node i : l.items()) visit(i, resolver, depth + 1);
    }
}
