package dev.headroom.read.sls;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.headroom.fuzz.Seeds;
import dev.headroom.model.InputFormat;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.read.WorkBudget;
import dev.headroom.tree.Document;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.Parsers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing of Serverless variables: a serverless.yml resolved whole, then read. The property:
 * nothing throws, the variables stay within the file's {@link WorkBudget}, and the reader builds a stack.
 * {@code ${file()}} is resolved against an empty directory, so a fuzzed path reads nothing.
 */
class ServerlessVariablesFuzzTest {

    private static final Path EMPTY = emptyDir();

    @FuzzTest(maxDuration = "40s")
    void variables(byte[] data) {
        check(data);
    }

    @TestFactory
    Stream<DynamicTest> seeds() {
        return Seeds.files(name -> name.startsWith("serverless.")).stream()
                .map(p -> DynamicTest.dynamicTest(p.toString(), () -> check(Seeds.read(p))));
    }

    static void check(byte[] data) {
        Document doc;
        try {
            doc = Parsers.parse(EMPTY.resolve("serverless.yml").toString(), new String(data, StandardCharsets.UTF_8));
        } catch (ParseException e) {
            return;
        }
        if (!(doc.root() instanceof MapNode root)) return;
        WorkBudget budget = new WorkBudget();
        Stack.Builder out = new Stack.Builder(doc.file(), InputFormat.SERVERLESS, "serverless.yml");
        ReadOptions options = new ReadOptions(Map.of("memory", "2048"), null, null, true, Map.of());
        new Variables(root, options, Map.of("STAGE", "prod"), new IncludedFiles(EMPTY), out, budget).resolveTree();
        assertTrue(budget.chars() <= WorkBudget.MAX_FILE_CHARS + WorkBudget.MAX_VALUE_CHARS, "characters " + budget.chars());
        ServerlessReader.read(doc, options, Map.of("STAGE", "prod"));
    }

    private static Path emptyDir() {
        try {
            Path dir = java.nio.file.Files.createTempDirectory("headroom-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
