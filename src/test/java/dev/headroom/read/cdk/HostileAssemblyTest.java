package dev.headroom.read.cdk;

import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.read.ReadOptions;
import dev.headroom.tree.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cloud assemblies built to make headroom read too much, or read outside the tree it scans. */
class HostileAssemblyTest {

    private static final String SECRET = "AKIAIOSFODNN7EXAMPLE";

    @TempDir
    Path tmp;

    private Path project;
    private Path out;

    private void assembly(String manifest, String template) throws Exception {
        project = Files.createDirectories(tmp.resolve("project"));
        out = Files.createDirectories(project.resolve("cdk.out"));
        Files.writeString(out.resolve("manifest.json"), manifest);
        if (template != null) Files.writeString(out.resolve("S.template.json"), template);
    }

    private static final String TEMPLATE = """
            {"Resources": {"A": {"Type": "AWS::Lambda::Function", "Properties": {"Timeout": 30},
              "Metadata": {"aws:cdk:path": "S/A/Resource"}}}}
            """;

    private static String stackManifest(String templateFile, String more) {
        return """
                {"version": "36.0.0", "artifacts": {%s
                  "S": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "%s"}}}}
                """.formatted(more, templateFile);
    }

    @Test
    void directoryLinksBackToTheAssemblyAreReadOnce() throws Exception {
        assembly(stackManifest("S.template.json", """
                "L1": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "loop1"}},
                "L2": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "loop2"}},"""), TEMPLATE);
        Files.createSymbolicLink(out.resolve("loop1"), Path.of("."));
        Files.createSymbolicLink(out.resolve("loop2"), Path.of("."));
        Assembly a = CloudAssemblyReader.read(out, ReadOptions.defaults());
        assertEquals(1, a.templates(), "each real directory and template once");
        assertEquals(1, a.stacks().size());
    }

    @Test
    void aTemplateLinkedFromOutsideTheScanRootIsRefusedByNameNotByContent() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.json"), SECRET + "\n");
        assembly(stackManifest("S.template.json", """
                "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}},"""), null);
        Files.createSymbolicLink(out.resolve("S.template.json"), outside.resolve("secret.json"));
        Files.createSymbolicLink(out.resolve("tree.json"), outside.resolve("secret.json"));

        Assembly a = CloudAssemblyReader.read(out, ReadOptions.defaults(), project.toRealPath());
        assertEquals(0, a.templates());
        assertEquals(List.of(), a.parseErrors(), "nothing outside the root was parsed");
        assertEquals(2, a.problems().size(), a.problems().toString());
        for (Problem p : a.problems()) {
            assertEquals("HR900", p.ruleId());
            assertTrue(p.message().contains("outside the scanned tree"), p.message());
            assertFalse(p.message().contains("AKIA"), p.message());
        }
        Problem template = a.problems().stream().filter(p -> p.message().contains("S.template.json")).findFirst().orElseThrow();
        assertEquals(2, template.source().line(), "at the manifest entry that names the link");
    }

    @Test
    void aFileOutsideTheRootNeverReachesAParserMessage() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("manifest.json"), SECRET);
        project = Files.createDirectories(tmp.resolve("project"));
        out = Files.createDirectories(project.resolve("cdk.out"));
        Files.createSymbolicLink(out.resolve("manifest.json"), outside.resolve("manifest.json"));
        Assembly a = CloudAssemblyReader.read(out, ReadOptions.defaults(), project.toRealPath());
        for (ParseException e : a.parseErrors()) assertFalse(e.getMessage().contains("AKIA"), e.getMessage());
        for (Problem p : a.problems()) assertFalse(p.message().contains("AKIA"), p.message());
        assertEquals(1, a.problems().size() + a.parseErrors().size());
    }

    @Test
    void creationStackLinesPointUnderTheRootOnly() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("passwords.ts"), "hunter2\n");
        assembly(stackManifest("S.template.json", ""), """
                {"Resources": {
                  "A": {"Type": "AWS::Lambda::Function", "Properties": {"Timeout": 30},
                        "Metadata": {"aws:cdk:path": "S/A/Resource",
                                     "aws:cdk:creationStack": ["new S (%s:1:1)"]}},
                  "B": {"Type": "AWS::Lambda::Function", "Properties": {"Timeout": 30},
                        "Metadata": {"aws:cdk:path": "S/B/Resource",
                                     "aws:cdk:creationStack": ["new S (/elsewhere/lib/app.ts:4:2)"]}}}}
                """.formatted(outside.resolve("passwords.ts")));
        Path lib = Files.createDirectories(project.resolve("lib"));
        Files.writeString(lib.resolve("app.ts"), "// app\n");
        Assembly a = CloudAssemblyReader.read(out, ReadOptions.defaults(), project.toRealPath());
        assertNull(a.stacks().get(0).functions().get(0).origin().userSource(), "an existing file outside the root");
        assertEquals(Source.at(lib.resolve("app.ts").toAbsolutePath().toString(), 4, 2),
                a.stacks().get(0).functions().get(1).origin().userSource(), "found under the root");
    }

    @Test
    void framesAreParsedLinearlyAndOutOfRangeNumbersAreUnknown() throws Exception {
        CreationStacks c = new CreationStacks(null, null);
        assertNull(c.userFrame(List.of("x".repeat(80_000))), "80 KB without a colon");
        assertNull(c.userFrame(List.of("a:1".repeat(30_000))), "80 KB of near-frames");
        assertNull(c.userFrame(List.of("new S (/app/lib/app.ts:99999999999:3)")), "a line beyond int is unknown");
        assertEquals(Source.at("/app/lib/a.ts", 7, 3), c.userFrame(List.of("/app/lib/a.ts:7:3 " + "y:".repeat(40_000))));
        assertEquals(Source.at("C:\\app\\a.ts", 2, 9), c.userFrame(List.of("at new S (C:\\app\\a.ts:2:9)")));

        assembly(stackManifest("S.template.json", ""), """
                {"Resources": {"A": {"Type": "AWS::Lambda::Function", "Properties": {"Timeout": 30},
                  "Metadata": {"aws:cdk:path": "S/A/Resource",
                               "aws:cdk:creationStack": ["new S (/app/lib/app.ts:99999999999:3)"]}}}}
                """);
        Assembly a = CloudAssemblyReader.read(out, ReadOptions.defaults());
        assertEquals(1, a.stacks().size(), "the assembly is read");
        assertNull(a.stacks().get(0).functions().get(0).origin().userSource());
    }

    /** Found by ManifestFuzzTest: an empty JSON file of the assembly threw (no root to locate the problem at). */
    @Test
    void anEmptyTemplateIsAnHr900NotACrash() throws Exception {
        assembly(stackManifest("S.template.json", ""), "");
        Assembly a = CloudAssemblyReader.read(out, ReadOptions.defaults());
        assertEquals(1, a.parseErrors().size());
        assertEquals(1, a.parseErrors().get(0).source().line());
    }
}
