package dev.headroom.tree;

import dev.headroom.fuzz.Seeds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast YAML path against snakeyaml's, file by file: on every YAML file of the shared corpus, the test
 * resources, the samples and the fuzz inputs it must decline or build the same document
 * ({@link FastYamlDifferential}). It must also keep handling most of the corpus's CloudFormation and SAM files,
 * or it would be correct only by declining everything.
 */
class FastYamlDifferentialTest {

    /**
     * Share of the corpus's CloudFormation/SAM YAML files the fast path must handle: what it handles today (98.6 %,
     * 1516 of 1537; the rest have anchors, syntax errors, duplicate keys...), less a little, so that a change which
     * makes it decline much more fails here.
     */
    private static final double MIN_CFN_SAM_SHARE = 0.97;

    @Test
    void corpusYamlIsDeclinedOrReadAsSnakeyamlReadsIt() throws Exception {
        Path corpus = Seeds.corpus();
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
        int cfnSam = 0;
        int cfnSamHandled = 0;
        int other = 0;
        int otherHandled = 0;
        List<String> rows = Files.readAllLines(corpus.resolve("MANIFEST.tsv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t");
            String format = cells[1];
            if (!isYaml(cells[0]) || format.equals("cdk-synth") || format.equals("cloudformation-json")) continue;
            boolean handled = handled(corpus.resolve(cells[0]));
            if (format.equals("cloudformation-yaml") || format.equals("sam")) {
                cfnSam++;
                if (handled) cfnSamHandled++;
            } else {
                other++;
                if (handled) otherHandled++;
            }
        }
        double share = cfnSam == 0 ? 0 : (double) cfnSamHandled / cfnSam;
        System.out.printf("fast YAML path: %d of %d CloudFormation/SAM YAML files of the corpus (%.1f %%), %d of %d "
                + "other YAML files (serverless); the rest declined to snakeyaml%n", cfnSamHandled, cfnSam,
                100 * share, otherHandled, other);
        assertTrue(cfnSam > 1000, "the manifest lists the corpus's CloudFormation/SAM YAML files: " + cfnSam);
        assertTrue(share >= MIN_CFN_SAM_SHARE, String.format(Locale.ROOT,
                "the fast path handles %.1f %% of the corpus's CloudFormation/SAM YAML files; at least %.0f %% expected",
                100 * share, 100 * MIN_CFN_SAM_SHARE));
    }

    @Test
    void projectYamlIsDeclinedOrReadAsSnakeyamlReadsIt() throws Exception {
        int files = 0;
        int handled = 0;
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("samples"))) {
            if (!Files.isDirectory(root)) continue;
            for (Path p : walk(root)) {
                String name = p.toString();
                // YAML fixtures, and every input of the YAML fuzz targets (their names carry no extension)
                if (!isYaml(name) && !(name.contains("YamlTreeFuzzTestInputs") || name.contains("FastYamlFuzzTestInputs"))) {
                    continue;
                }
                files++;
                if (handled(p)) handled++;
            }
        }
        System.out.printf("fast YAML path: %d of %d YAML files of the project's tests and samples%n", handled, files);
        assertTrue(files > 100, "YAML fixtures found: " + files);
    }

    /** Compares one file (an AssertionError on a difference); whether the fast path handled it. */
    private static boolean handled(Path p) throws IOException {
        String text;
        try {
            text = Parsers.readText(p);
        } catch (ParseException e) {
            // not text headroom reads (a UTF-16 file without BOM...): compare the bytes as UTF-8, as the fuzz target
            text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        }
        return FastYamlDifferential.compare(p.toString(), text) == FastYamlDifferential.Outcome.EQUAL;
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".template");
    }

    private static List<Path> walk(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
