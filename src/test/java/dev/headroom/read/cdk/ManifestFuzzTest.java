package dev.headroom.read.cdk;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.headroom.fuzz.Seeds;
import dev.headroom.read.ReadOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing of the CDK manifest: the fuzzed bytes are a cloud assembly's {@code manifest.json}
 * beside a small template with creation-stack metadata. The property: the assembly reader never throws, reads
 * each template at most once, and whatever it reports is located.
 */
class ManifestFuzzTest {

    private static final Path ASSEMBLY = assembly();

    @FuzzTest(maxDuration = "40s")
    void manifest(byte[] data) {
        check(data);
    }

    @TestFactory
    Stream<DynamicTest> seeds() {
        return Seeds.files(name -> name.equals("manifest.json") || name.endsWith(".metadata.json")).stream()
                .map(p -> DynamicTest.dynamicTest(p.toString(), () -> check(Seeds.read(p))));
    }

    static synchronized void check(byte[] data) {
        try {
            Files.write(ASSEMBLY.resolve("manifest.json"), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Assembly a = CloudAssemblyReader.read(ASSEMBLY, ReadOptions.defaults(), ASSEMBLY.getParent());
        assertTrue(a.templates() <= 2, "templates read: " + a.templates());
        a.problems().forEach(p -> assertTrue(p.source() != null && p.source().line() >= 1, p.toString()));
        a.parseErrors().forEach(e -> assertTrue(e.source() != null && e.source().line() >= 1, e.getMessage()));
    }

    private static Path assembly() {
        try {
            Path project = Files.createTempDirectory("headroom-fuzz-cdk").toRealPath();
            Path out = Files.createDirectories(project.resolve("cdk.out"));
            Files.writeString(out.resolve("S.template.json"), """
                    {"Resources": {
                      "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Timeout": 900, "MemorySize": 128},
                             "Metadata": {"aws:cdk:path": "S/Fn/Resource",
                                          "aws:cdk:creationStack": ["new S (/app/lib/s.ts:12:5)"]}},
                      "Nested": {"Type": "AWS::CloudFormation::Stack",
                                 "Metadata": {"aws:asset:path": "N.nested.template.json", "aws:cdk:path": "S/N.NestedStack/N.NestedStackResource"}}}}
                    """);
            Files.writeString(out.resolve("N.nested.template.json"), "{\"Resources\": {}}");
            Files.writeString(out.resolve("tree.json"), "{\"version\": \"tree-0.1\", \"tree\": {\"id\": \"App\", \"path\": \"\"}}");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
