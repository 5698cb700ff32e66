package dev.headroom.read.sls;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.headroom.read.sls.Sls.fn;
import static dev.headroom.read.sls.Sls.options;
import static dev.headroom.read.sls.Sls.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariablesTest {

    @TempDir
    Path tmp;

    private static final String HEAD = "service: t\nprovider:\n  name: aws\n  runtime: nodejs20.x\n";

    private static String reason(Located<?> v) {
        assertTrue(v.isUnknown(), "expected unknown, got " + v.value());
        return v.unknownReason();
    }

    @Test
    void aCycleIsUnknownAndRecorded() throws Exception {
        Stack s = read(tmp, HEAD + "custom:\n  a: ${self:custom.b}\n  b: ${self:custom.a}\n"
                + "functions:\n  f:\n    handler: h\n    timeout: ${self:custom.a}\n");
        assertTrue(reason(fn(s, "f").timeout()).contains("cycle"), fn(s, "f").timeout().unknownReason());
        assertFalse(s.unresolved().isEmpty());
    }

    @Test
    void aSelfReferenceToItsOwnContainerIsACycleNotAHang() throws Exception {
        Stack s = read(tmp, HEAD + "custom:\n  x: ${self:custom}\nfunctions:\n  f:\n    handler: h\n    timeout: ${self:custom.x.x.x}\n");
        assertTrue(fn(s, "f").timeout().isUnknown());
    }

    @Test
    void nestingIsBoundedButShallowChainsResolve() throws Exception {
        StringBuilder custom = new StringBuilder("custom:\n");
        for (int i = 0; i < 40; i++) custom.append("  a").append(i).append(": ${self:custom.a").append(i + 1).append("}\n");
        custom.append("  a40: 800\n");
        Stack s = read(tmp, HEAD + custom + "functions:\n  deep:\n    handler: h\n    timeout: ${self:custom.a0}\n"
                + "  shallow:\n    handler: h\n    timeout: ${self:custom.a37}\n");
        assertTrue(reason(fn(s, "deep").timeout()).contains("nested more than"), fn(s, "deep").timeout().unknownReason());
        assertEquals(800, fn(s, "shallow").timeout().value());
    }

    @Test
    void exponentialExpansionStaysWithinTheBudget() throws Exception {
        StringBuilder custom = new StringBuilder("custom:\n");
        for (int i = 0; i < 30; i++) {
            custom.append("  l").append(i).append(": ${self:custom.l").append(i + 1).append("}${self:custom.l").append(i + 1).append("}\n");
        }
        custom.append("  l30: x\n");
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () ->
                read(tmp, HEAD + custom + "functions:\n  f:\n    handler: ${self:custom.l0}\n"));
    }

    @Test
    void fallbacksAreTriedInOrderAndCliOptionsWin() throws Exception {
        String yaml = HEAD.replace("provider:\n", "provider:\n  stage: ${opt:stage, 'qa'}\n")
                + "custom:\n  t:\n    qa: 11\n    prod: 22\n  r:\n    eu-west-1: 33\n    us-east-1: 44\n"
                + "functions:\n  stage:\n    handler: h\n    timeout: ${self:custom.t.${sls:stage}}\n"
                + "  region:\n    handler: h\n    timeout: ${self:custom.r.${opt:region, 'eu-west-1'}}\n"
                + "  literal:\n    handler: h\n    timeout: ${self:nothing, opt:nothing, 55}\n"
                + "  none:\n    handler: h\n    timeout: ${self:nothing}\n";
        Stack defaults = read(tmp.resolve("a"), yaml);
        assertEquals(11, fn(defaults, "stage").timeout().value());
        assertEquals(33, fn(defaults, "region").timeout().value());
        assertEquals(55, fn(defaults, "literal").timeout().value());
        assertTrue(reason(fn(defaults, "none").timeout()).contains("no value"));
        Stack prod = read(tmp.resolve("b"), yaml, options("prod", "us-east-1", Map.of(), false), Map.of());
        assertEquals(22, fn(prod, "stage").timeout().value());
        assertEquals(44, fn(prod, "region").timeout().value());
    }

    @Test
    void paramsComeFromTheCliThenTheStageThenDefault() throws Exception {
        String yaml = HEAD + "params:\n  default:\n    t: 1\n    m: 256\n  prod:\n    t: 2\n"
                + "functions:\n  f:\n    handler: h\n    timeout: ${param:t}\n    memorySize: ${param:m}\n";
        assertEquals(1, fn(read(tmp.resolve("a"), yaml), "f").timeout().value());
        Stack prod = read(tmp.resolve("b"), yaml, options("prod", null, Map.of(), false), Map.of());
        assertEquals(2, fn(prod, "f").timeout().value());
        assertEquals(256, fn(prod, "f").memorySize().value());
        Stack cli = read(tmp.resolve("c"), yaml, options("prod", null, Map.of("t", "3"), false), Map.of());
        assertEquals(3, fn(cli, "f").timeout().value());
    }

    @Test
    void aValueFromAVariableIsLocatedWhereWrittenWithTheValueAsRelated() throws Exception {
        Stack s = read(tmp, HEAD + "custom:\n  t: 42\nfunctions:\n  f:\n    handler: h\n    timeout: ${self:custom.t}\n");
        Located<Integer> t = fn(s, "f").timeout();
        assertEquals(42, t.value());
        assertEquals(10, t.source().line());
        assertEquals(1, t.related().size());
        assertEquals(6, t.related().get(0).source().line());
    }

    @Test
    void fileOutsideTheProjectIsRefusedAndNeverRead() throws Exception {
        Files.writeString(tmp.resolve("outside.yml"), "timeout: 5\n");
        Stack s = read(tmp.resolve("project"), HEAD + "functions:\n  f:\n    handler: h\n"
                + "    timeout: ${file(../outside.yml):timeout}\n");
        assertTrue(reason(fn(s, "f").timeout()).contains("outside the project"));
        assertEquals(1, s.problems().size());
        assertEquals("HR900", s.problems().get(0).ruleId());
        assertEquals(8, s.problems().get(0).source().line());
    }

    @Test
    void fileInsideTheProjectResolvesYamlAndJson() throws Exception {
        Path dir = tmp.resolve("p");
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("conf/a.yml"), "t:\n  worker: 77\n");
        Files.writeString(dir.resolve("conf/b.json"), "{\"memory\": 2048}");
        Stack s = read(dir, HEAD + "functions:\n  f:\n    handler: h\n    timeout: ${file(./conf/a.yml):t.worker}\n"
                + "    memorySize: ${file(conf/b.json):memory}\n");
        assertEquals(77, fn(s, "f").timeout().value());
        assertEquals(2048, fn(s, "f").memorySize().value());
        assertTrue(fn(s, "f").timeout().related().get(0).source().file().endsWith("a.yml"));
    }

    @Test
    void strToBoolTurnsTextIntoABoolean() throws Exception {
        Stack s = read(tmp, HEAD + "custom:\n  on: 'true'\nfunctions:\n  on:\n    handler: h\n    snapStart: ${strToBool(${self:custom.on})}\n"
                + "  off:\n    handler: h\n    snapStart: ${strToBool(false)}\n");
        assertEquals("PublishedVersions", fn(s, "on").snapStart().value());
        assertNull(fn(s, "off").snapStart());
    }

    @Test
    void deployTimeSourcesAreUnknownEvenWithAFallback() throws Exception {
        Stack s = read(tmp, HEAD + "functions:\n  f:\n    handler: h\n    timeout: ${ssm:/t, 901}\n    memorySize: ${cf:x.y}\n"
                + "    ephemeralStorageSize: ${aws:accountId}\n");
        LambdaFunction f = fn(s, "f");
        assertEquals("${ssm:/t} is resolved at deploy time", reason(f.timeout()));
        assertTrue(f.memorySize().isUnknown());
        assertTrue(f.ephemeralStorage().isUnknown());
        assertEquals(3, s.unresolved().size());
    }

    @Test
    void envIsReadOnlyWhenAllowedAndOnlySteersLookups() throws Exception {
        String yaml = HEAD + "custom:\n  t:\n    prod: 12\nfunctions:\n  steered:\n    handler: h\n"
                + "    timeout: ${self:custom.t.${env:STAGE}}\n  direct:\n    handler: h\n    timeout: ${env:TIMEOUT}\n"
                + "  fallback:\n    handler: h\n    timeout: ${env:UNSET, 7}\n";
        Map<String, String> env = Map.of("STAGE", "prod", "TIMEOUT", "13");
        Stack denied = read(tmp.resolve("a"), yaml, options(null, null, Map.of(), false), env);
        assertTrue(reason(fn(denied, "steered").timeout()).contains("--allow-env"));
        assertTrue(fn(denied, "fallback").timeout().isUnknown(), "without --allow-env an env value is deploy-time");
        Stack allowed = read(tmp.resolve("b"), yaml, options(null, null, Map.of(), true), env);
        assertEquals(12, fn(allowed, "steered").timeout().value());
        assertTrue(fn(allowed, "direct").timeout().isUnknown(), "an env value itself is never a model value");
        assertEquals(7, fn(allowed, "fallback").timeout().value());
        Stack steeredSource = read(tmp.resolve("c"), HEAD + "functions:\n  f:\n    handler: h\n    timeout: ${${env:STAGE}:x}\n"
                + "    memorySize: ${self:nothing.${env:TIMEOUT}}\n    ephemeralStorageSize: ${ssm:/${env:STAGE}/x}\n",
                options(null, null, Map.of(), true), env);
        assertEquals(3, steeredSource.unresolved().size());
        String steeredReason = reason(fn(steeredSource, "f").ephemeralStorage());
        assertFalse(steeredReason.contains("prod"), steeredReason);
        for (var u : steeredSource.unresolved()) {
            assertFalse(u.reason().contains("prod") || u.reason().contains("13") || u.what().contains("prod"), u.toString());
        }
    }

    @Test
    void cloudFormationSubPlaceholdersAreNotVariables() {
        assertFalse(VariableSyntax.hasVariable("arn:aws:sns:${AWS::Region}:${AWS::AccountId}:t"));
        assertFalse(VariableSyntax.hasVariable("${Queue.Arn}"));
        assertTrue(VariableSyntax.hasVariable("x-${sls:stage}"));
        assertEquals(java.util.List.of("self:a", "opt:b", "'c, d'", "${x:y, 'z'}"),
                VariableSyntax.alternatives("self:a, opt:b, 'c, d', ${x:y, 'z'}"));
    }

    @Test
    void providerStageAndRegionHaveTheFrameworkDefaults() throws Exception {
        String yaml = HEAD + "custom:\n  t:\n    dev: 21\n    prod: 22\n  r:\n    us-east-1: 31\n    eu-west-1: 32\n"
                + "functions:\n  f:\n    handler: h\n    timeout: ${self:custom.t.${opt:stage, self:provider.stage}}\n"
                + "    memorySize: ${self:custom.r.${self:provider.region}}\n";
        Stack defaults = read(tmp.resolve("a"), yaml);
        assertEquals(21, fn(defaults, "f").timeout().value());
        assertEquals(31, fn(defaults, "f").memorySize().value());
        Stack prod = read(tmp.resolve("b"), yaml, options("prod", "eu-west-1", Map.of(), false), Map.of());
        assertEquals(22, fn(prod, "f").timeout().value());
        assertEquals(32, fn(prod, "f").memorySize().value());
    }

    @Test
    void frameworkV4StagesHoldParams() throws Exception {
        String yaml = HEAD + "stages:\n  default:\n    params:\n      t: 4\n  prod:\n    params:\n      t: 5\n"
                + "functions:\n  f:\n    handler: h\n    timeout: ${param:t}\n";
        assertEquals(4, fn(read(tmp.resolve("a"), yaml), "f").timeout().value());
        assertEquals(5, fn(read(tmp.resolve("b"), yaml, options("prod", null, Map.of(), false), Map.of()), "f").timeout().value());
    }
}
