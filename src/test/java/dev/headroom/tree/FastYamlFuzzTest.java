package dev.headroom.tree;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.headroom.fuzz.Seeds;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * Differential fuzzing of the fast YAML path: on any input it declines or builds the very document snakeyaml's
 * path builds, and never throws ({@link FastYamlDifferential}). A normal build runs the corpus seeds and the
 * checked-in regression inputs ({@code FastYamlFuzzTestInputs/}); {@code .ci/run} fuzzes (README, "Hostile input").
 */
class FastYamlFuzzTest {

    @FuzzTest(maxDuration = "40s")
    void yaml(byte[] data) {
        FastYamlDifferential.compare("fuzz.yaml", new String(data, StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> seeds() {
        return Seeds.files(Seeds::isYaml).stream().map(p -> DynamicTest.dynamicTest(p.toString(),
                () -> FastYamlDifferential.compare("seed.yaml", new String(Seeds.read(p), StandardCharsets.UTF_8))));
    }
}
