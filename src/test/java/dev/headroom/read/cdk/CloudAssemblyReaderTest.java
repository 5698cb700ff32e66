package dev.headroom.read.cdk;

import dev.headroom.config.RuleSet;
import dev.headroom.model.InputFormat;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.rules.Finding;
import dev.headroom.rules.Severity;
import dev.headroom.scan.ScanResult;
import dev.headroom.scan.Scanner;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the assembly reader and the scan make of the hand-built assemblies under fixtures/cdk. */
class CloudAssemblyReaderTest {

    static final Path CDK = Path.of("src/test/resources/fixtures/cdk");

    @Test
    void stageStacksAreNamedByTheirDisplayNameWithConstructTypesAndSourceLines() {
        Assembly a = CloudAssemblyReader.read(CDK.resolve("stage-two-stacks.case/cdk.out"), ReadOptions.defaults());
        assertEquals(List.of("Prod/OrdersStack", "Prod/WorkersStack"), a.stacks().stream().map(Stack::name).toList());
        assertTrue(a.stacks().stream().allMatch(s -> s.format() == InputFormat.CDK));
        assertEquals(2, a.templates());
        assertEquals(2 + 5, a.resources()); // role and function; cluster, task, service, target, policy
        assertEquals(List.of(), a.problems());
        assertEquals(List.of(), a.notifications(), "the stage records creation stacks");

        LambdaFunction handler = a.stacks().get(0).functions().get(0);
        assertEquals("Prod/OrdersStack/Handler/Resource", handler.origin().constructPath());
        assertEquals("aws-cdk-lib.aws_lambda.Function", handler.origin().constructType(),
                "typed from the top-level tree.json, by the construct the app declared, not its CfnFunction");
        // The trace was recorded under /home/dev/shop; the same file is found under the project directory.
        assertEquals(CDK.resolve("stage-two-stacks.case/lib/orders-stack.ts").toAbsolutePath().toString(),
                handler.origin().userSource().file());
        assertEquals(9, handler.origin().userSource().line());
        assertFalse(handler.origin().cdkInternal());
    }

    @Test
    void nestedStackIsReadThroughItsAssetPath() {
        Assembly a = CloudAssemblyReader.read(CDK.resolve("nested-stack.case/cdk.out"), ReadOptions.defaults());
        assertEquals(List.of("ParentStack", "ParentStack/Jobs"), a.stacks().stream().map(Stack::name).toList());
        assertTrue(a.stacks().get(1).file().endsWith(".nested.template.json"));
        assertEquals(1, a.notifications().size());
        assertTrue(a.notifications().get(0).contains("CDK_DEBUG=true"), a.notifications().get(0));
        assertNull(a.stacks().get(1).functions().get(0).origin().userSource());
    }

    @Test
    void missingTemplatesAreProblemsNotCrashes() {
        Assembly a = CloudAssemblyReader.read(CDK.resolve("missing-template.case/cdk.out"), ReadOptions.defaults());
        assertEquals(List.of("HostStack"), a.stacks().stream().map(Stack::name).toList());
        assertEquals(2, a.problems().size());
        assertTrue(a.problems().get(0).message().contains("GoneStack.template.json is not in the assembly"));
    }

    @Test
    void helperFindingsAreNotesUnderTheDefaultRuleSetAndKeepTheirLevelWithout() throws Exception {
        Path helpers = CDK.resolve("helpers.case");
        ScanResult def = new Scanner(RuleSet.load("default"), ReadOptions.defaults()).scan(List.of(helpers));
        // HR102 is the rule these helpers trip (900 s timeouts); other rules of the set are not the point here.
        Map<Boolean, List<Finding>> byHelper = def.findings().stream().filter(f -> f.ruleId().equals("HR102"))
                .collect(java.util.stream.Collectors.partitioningBy(f -> f.origin().cdkInternal()));
        assertEquals(5, byHelper.get(true).size());
        assertTrue(byHelper.get(true).stream().allMatch(f -> f.severity() == Severity.NOTE));
        assertEquals(List.of("SiteStack/Api/Resource"),
                byHelper.get(false).stream().map(f -> f.origin().constructPath()).toList());
        assertEquals(Severity.WARNING, byHelper.get(false).get(0).severity());

        Path plain = Path.of("target/test-rulesets/no-cdk-cap.yaml");
        java.nio.file.Files.createDirectories(plain.getParent());
        java.nio.file.Files.writeString(plain, "rules:\n  HR102: warning\n");
        ScanResult uncapped = new Scanner(RuleSet.load(plain.toString()), ReadOptions.defaults()).scan(List.of(helpers));
        assertEquals(6, uncapped.findings().stream().filter(f -> f.severity() == Severity.WARNING).count());

        java.nio.file.Files.writeString(plain, "cdkInternal: off\nrules:\n  HR102: warning\n");
        ScanResult off = new Scanner(RuleSet.load(plain.toString()), ReadOptions.defaults()).scan(List.of(helpers));
        assertEquals(1, off.findings().size());
    }

    @Test
    void aTemplateInsideAnAssemblyIsReadOnceAsCdk() throws Exception {
        ScanResult r = new Scanner(RuleSet.load("default"), ReadOptions.defaults()).scan(List.of(CDK));
        // The broken manifest reads no template, the broken template is not counted, loose-synth.yaml stays loose.
        // Ten assemblies of one stack each: streams.case (HR306) and fit.case (HR401/HR402) among them.
        assertEquals(Map.of(InputFormat.CDK, 10, InputFormat.CLOUDFORMATION, 1), r.filesByFormat());
        assertEquals(10, r.cdk().assemblies());
        assertEquals(10, r.cdk().stacks());
        long handlerFindings = r.findings().stream().filter(f -> f.ruleId().equals("HR102"))
                .filter(f -> "Prod/OrdersStack/Handler/Resource".equals(f.origin() == null ? null : f.origin().constructPath()))
                .count();
        assertEquals(1, handlerFindings);
        assertEquals(List.of(), r.internalErrors());
    }

    @Test
    void aLooseCdkTemplateStillTellsHelpersByTheirPath() throws Exception {
        ScanResult r = new Scanner(RuleSet.load("default"), ReadOptions.defaults())
                .scan(List.of(CDK.resolve("loose-synth.yaml")));
        List<Finding> timeouts = r.findings().stream().filter(f -> f.ruleId().equals("HR102")).toList();
        assertEquals(List.of(Severity.WARNING, Severity.NOTE), timeouts.stream().map(Finding::severity).toList());
        assertTrue(timeouts.get(1).origin().cdkInternal());
        assertEquals(Map.of(InputFormat.CLOUDFORMATION, 1), r.filesByFormat());
    }
}
