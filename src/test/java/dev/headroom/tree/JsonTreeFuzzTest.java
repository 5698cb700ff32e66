package dev.headroom.tree;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.headroom.fuzz.Seeds;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of the JSON tree ({@link TreeProperty} says what must hold). A normal build runs the
 * corpus seeds and the checked-in regression inputs ({@code JsonTreeFuzzTestInputs/}); {@code .ci/run} fuzzes
 * (README, "Hostile input").
 */
class JsonTreeFuzzTest {

    @FuzzTest(maxDuration = "40s")
    void json(byte[] data) {
        TreeProperty.check("fuzz.json", data);
    }

    @TestFactory
    Stream<DynamicTest> seeds() {
        return Seeds.files(Seeds::isJson).stream()
                .map(p -> DynamicTest.dynamicTest(p.toString(), () -> TreeProperty.check("seed.json", Seeds.read(p))));
    }
}
