package dev.headroom.tree;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.headroom.fuzz.Seeds;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of the YAML tree ({@link TreeProperty} says what must hold, and the one pass over the
 * parser's events must read each input as composing it whole does). A normal build runs the
 * corpus seeds and the checked-in regression inputs ({@code YamlTreeFuzzTestInputs/}); {@code .ci/run} fuzzes
 * (README, "Hostile input").
 */
class YamlTreeFuzzTest {

    @FuzzTest(maxDuration = "40s")
    void yaml(byte[] data) {
        check("fuzz.yaml", data);
    }

    @TestFactory
    Stream<DynamicTest> seeds() {
        return Seeds.files(Seeds::isYaml).stream()
                .map(p -> DynamicTest.dynamicTest(p.toString(), () -> check("seed.yaml", Seeds.read(p))));
    }

    /** The tree's property, and the one pass over the events gives what composing the document whole gives. */
    private static void check(String file, byte[] data) {
        TreeProperty.check(file, data);
        YamlStreamDifferentialTest.assertSame(file, new String(data, StandardCharsets.UTF_8));
    }
}
