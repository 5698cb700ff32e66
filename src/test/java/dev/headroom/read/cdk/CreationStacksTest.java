package dev.headroom.read.cdk;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Source;
import dev.headroom.read.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CreationStacksTest {

    @Test
    void theUserFrameIsTheInnermostOutsideCdkAndNode() {
        CreationStacks c = new CreationStacks(null, null);
        Source s = c.userFrame(List.of(
                "new Function (/app/node_modules/aws-cdk-lib/aws-lambda/lib/function.js:1:11853)",
                "    ...new Vpc2 in aws-cdk-lib...",
                "    at new ApiStack (/nowhere/app/lib/api-stack.ts:12:5)",
                "Object.<anonymous> (/nowhere/app/bin/app.ts:6:1)"));
        assertEquals(Source.at("/nowhere/app/lib/api-stack.ts", 12, 5), s);
        assertEquals(Source.at("/nowhere/app/bin/x.ts", 3, 92),
                c.userFrame(List.of("/nowhere/app/bin/x.ts:3:9 (/nowhere/app/bin/x.ts:3:92)")), "the call site in parentheses");
        assertNull(c.userFrame(List.of("node:internal/modules/cjs/loader:1554:14", "...node internals, tsx...")));
    }

    /** A template's own aws:cdk:creationStack metadata, and a manifest entry's trace (CDK_DEBUG), both count. */
    @Test
    void templateMetadataAndManifestTracesGiveSourceLines(@TempDir Path project) throws Exception {
        Path out = Files.createDirectories(project.resolve("cdk.out"));
        Path lib = Files.createDirectories(project.resolve("lib"));
        Files.writeString(lib.resolve("app.ts"), "// app\n");
        Files.writeString(out.resolve("manifest.json"), """
                {"version": "36.0.0", "artifacts": {"S": {"type": "aws:cloudformation:stack",
                  "properties": {"templateFile": "S.template.json"},
                  "metadata": {"/S/B/Resource": [{"type": "aws:cdk:logicalId", "data": "B",
                    "trace": ["new Function (/ci/build/node_modules/aws-cdk-lib/aws-lambda/lib/function.js:1:1)",
                              "new S (/ci/build/lib/app.ts:20:7)"]}]}}}}
                """);
        Files.writeString(out.resolve("S.template.json"), """
                {"Resources": {
                  "A": {"Type": "AWS::Lambda::Function", "Properties": {"Timeout": 30},
                        "Metadata": {"aws:cdk:path": "S/A/Resource",
                                     "aws:cdk:creationStack": ["new S (/home/me/app/lib/app.ts:9:3)"]}},
                  "B": {"Type": "AWS::Lambda::Function", "Properties": {"Timeout": 30},
                        "Metadata": {"aws:cdk:path": "S/B/Resource"}}}}
                """);
        Assembly a = CloudAssemblyReader.read(out, ReadOptions.defaults());
        List<LambdaFunction> fns = a.stacks().get(0).functions();
        String appTs = lib.resolve("app.ts").toAbsolutePath().toString();
        assertEquals(Source.at(appTs, 9, 3), fns.get(0).origin().userSource(), "moved path found under the project");
        assertEquals(Source.at(appTs, 20, 7), fns.get(1).origin().userSource());
        assertEquals(List.of(), a.notifications());
    }
}
