package dev.headroom.docs;

import dev.headroom.rules.Registry;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleMeta;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The committed {@code docs/rules/} must be exactly what the rules' metadata generates. To regenerate:
 * {@code mvn -q -Dheadroom.updateDocs=true test -Dtest=RuleDocsTest}, then read the diff.
 */
class RuleDocsTest {

    static final Path DOCS = Path.of("docs/rules");

    @Test
    void committedDocsMatchTheGeneratedOnes() throws IOException {
        Map<String, String> generated = RuleDocs.bundled().files();
        if (Boolean.getBoolean("headroom.updateDocs")) {
            Files.createDirectories(DOCS);
            try (Stream<Path> s = Files.list(DOCS)) {
                for (Path p : s.toList()) if (!generated.containsKey(p.getFileName().toString())) Files.delete(p);
            }
            for (var e : generated.entrySet()) Files.writeString(DOCS.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        List<String> problems = new ArrayList<>();
        for (var e : generated.entrySet()) {
            Path p = DOCS.resolve(e.getKey());
            if (!Files.exists(p)) problems.add("missing " + p);
            else if (!Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) problems.add("out of date " + p);
        }
        try (Stream<Path> s = Files.list(DOCS)) {
            for (Path p : new TreeSet<>(s.toList())) {
                if (!generated.containsKey(p.getFileName().toString())) problems.add("not generated (stale?) " + p);
            }
        }
        if (!problems.isEmpty()) {
            fail("docs/rules differs from the rules' metadata; regenerate with "
                    + "'mvn -q -Dheadroom.updateDocs=true test -Dtest=RuleDocsTest':\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void everyPageHasTheFourPartsAndAwsReferences() {
        for (Rule r : Registry.all()) {
            RuleMeta m = r.meta();
            String page = RuleDocs.bundled().page(r);
            for (String h : List.of("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## References")) {
                assertTrue(page.contains(h), m.id() + " lacks " + h);
            }
            assertTrue(m.references().stream().anyMatch(u -> u.startsWith("https://docs.aws.amazon.com/")),
                    m.id() + " links no AWS documentation");
            for (var p : m.params()) assertTrue(page.contains("`" + p.name() + "` | `" + p.defaultValue() + "`"), m.id() + " " + p.name());
            assertEquals(RuleMeta.DOCS_BASE + m.id() + ".md", m.helpUri());
        }
    }
}
