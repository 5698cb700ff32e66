package dev.headroom.tree;

import dev.headroom.fuzz.Seeds;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * snakeyaml's path reads a document in one pass over the parser's events and composes it whole only for a merge
 * key or an error. Here the one pass is held to the whole composition (which follows snakeyaml's composer) on every
 * YAML file of the corpus, the test resources, the samples and the fuzz inputs, and on seeded mutations of some of
 * them that break them in the ways people and fuzzers do: the same tree, problems, or error and its place.
 */
class YamlStreamDifferentialTest {

    /** Lines a mutation inserts: anchors, aliases, merge keys, tags, flow and quote characters, bad indentation. */
    private static final String[] INSERTS = {"<<: *a", "&a", "*a", "x: &a {k: 1}", "<<: [*a, *b]", "? [a]: 1",
        "!!int x", "!Bogus", ":", "- ", "  ", "\t", "'", "\"", "{", "]", "!Ref", "<<: {z: 1}", "y: &b [1]", "dup: 1",
        "&a [*a]", "!!merge", "--- ", "%YAML 1.2", "<<: *b"};

    @Test
    void theOnePassTreeIsTheComposedTree() throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(Seeds.corpus())) files.addAll(walk(Seeds.corpus()));
        files.addAll(walk(Path.of("src/test/resources")));
        files.addAll(walk(Path.of("samples")));
        int compared = 0;
        for (Path p : files) {
            String name = p.toString();
            if (!isYaml(name) && !name.contains("YamlTreeFuzzTestInputs") && !name.contains("FastYamlFuzzTestInputs")) {
                continue;
            }
            String text;
            try {
                text = Parsers.readText(p);
            } catch (ParseException e) {
                text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            }
            assertSame(name, text);
            compared++;
            // mutations of every eighth file: the errors they cause come from the whole composition
            if (compared % 8 == 0) {
                Random random = new Random(name.hashCode());
                for (int i = 0; i < 3; i++) assertSame(name + " (mutation " + i + ")", mutate(text, random));
            }
        }
        assertTrue(compared > 100, "YAML files found: " + compared);
    }

    private static void assertSame(String file, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Object streamed = outcome(file, body, true);
        Object composed = outcome(file, body, false);
        if (streamed instanceof Document s && composed instanceof Document c) {
            String difference = FastYamlDifferential.difference("root", c.root(), s.root());
            assertEquals(null, difference, file);
        }
        assertEquals(composed, streamed, file);
    }

    /** The document, or the error as its message and place. */
    private static Object outcome(String file, String body, boolean stream) {
        try {
            return YamlParser.snakeyaml(file, body, stream);
        } catch (ParseException e) {
            return e.getMessage() + " at " + e.source();
        }
    }

    private static String mutate(String text, Random random) {
        String[] lines = text.split("\n", -1);
        int i = random.nextInt(lines.length);
        String insert = INSERTS[random.nextInt(INSERTS.length)] + " ";
        int at = lines[i].isEmpty() ? 0 : random.nextInt(lines[i].length());
        switch (random.nextInt(4)) {
            case 0 -> lines[i] = "";
            case 1 -> lines[i] = lines[i].substring(0, at) + insert + lines[i].substring(at);
            case 2 -> {
                int j = random.nextInt(lines.length);
                String swapped = lines[i];
                lines[i] = lines[j];
                lines[j] = swapped;
            }
            default -> lines[i] = lines[i].substring(0, at) + "\n" + " ".repeat(random.nextInt(6)) + insert
                    + lines[i].substring(at);
        }
        return String.join("\n", lines);
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".template");
    }

    private static List<Path> walk(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
