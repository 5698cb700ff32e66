package dev.headroom.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The options that change which findings exist ({@link ScanOptions}) are one mixin: every command that reads
 * templates takes all of them, with the same help, so {@code fix} or {@code baseline} cannot drift from {@code scan}.
 */
class SharedOptionsTest {

    static final List<String> READING_COMMANDS = List.of("scan", "fix", "baseline", "fit", "config");

    @TempDir
    Path tmp;

    /** Name to help text of each shared option, read from the mixin itself. */
    private static Map<String, String> shared() {
        Map<String, String> out = new TreeMap<>();
        for (OptionSpec o : CommandSpec.forAnnotatedObject(new ScanOptions()).options()) {
            out.put(o.longestName(), o.paramLabel() + " " + String.join(" ", o.description()));
        }
        return out;
    }

    @Test
    void everyCommandThatReadsTemplatesTakesTheSharedOptions() {
        Map<String, String> shared = shared();
        assertTrue(shared.keySet().containsAll(List.of("--ruleset", "--config", "--no-config", "--param", "--stage",
                "--region", "--allow-env", "--as-of")), shared.keySet().toString());
        CommandLine cli = Main.commandLine();
        for (String name : READING_COMMANDS) {
            CommandSpec spec = cli.getSubcommands().get(name).getCommandSpec();
            Map<String, String> got = new TreeMap<>();
            for (OptionSpec o : spec.options()) {
                if (shared.containsKey(o.longestName())) {
                    got.put(o.longestName(), o.paramLabel() + " " + String.join(" ", o.description()));
                }
            }
            assertEquals(shared, got, name + ": the shared options, with the mixin's help");
            assertNotNull(spec.mixins().values().stream().filter(m -> m.userObject() instanceof ScanOptions)
                    .findFirst().orElse(null), name + " mixes in ScanOptions");
        }
    }

    @Test
    void everyCommandParsesEveryOneOfThem() {
        for (String name : READING_COMMANDS) {
            CommandLine cli = Main.commandLine();
            CommandLine.ParseResult r = cli.parseArgs(name, "--ruleset", "strict", "--param", "A=1", "--stage", "prod",
                    "--region", "eu-west-1", "--allow-env", "--as-of", "2027-01-01", "--no-config");
            ScanOptions o = (ScanOptions) r.subcommand().commandSpec().mixins().values().stream()
                    .map(CommandSpec::userObject).filter(u -> u instanceof ScanOptions).findFirst().orElseThrow();
            assertEquals("strict", o.ruleset, name);
            assertEquals(Map.of("A", "1"), o.params, name);
            assertEquals("prod", o.stage, name);
            assertEquals("eu-west-1", o.region, name);
            assertTrue(o.allowEnv && o.noConfig, name);
            assertEquals("2027-01-01", o.asOf, name);
        }
    }

    @Test
    void configAndNoConfigExcludeEachOtherInEveryCommand() throws Exception {
        Path config = Files.writeString(tmp.resolve("c.yaml"), "fail-on: note\n");
        for (String name : READING_COMMANDS) {
            CliTest.Run r = CliTest.run(name, "--config", config.toString(), "--no-config", tmp.toString());
            assertEquals(2, r.code(), name + "\n" + r.err());
            assertTrue(r.err().contains("--config=FILE, --no-config are mutually exclusive"), name + ": " + r.err());
            CliTest.Run missing = CliTest.run(name, "--config", tmp.resolve("nope.yaml").toString(), tmp.toString());
            assertEquals(2, missing.code(), name + "\n" + missing.err());
            assertTrue(missing.err().startsWith("headroom: --config: no such file: "), name + ": " + missing.err());
        }
    }

    /** {@code --as-of} decides whether a suppression with {@code until} still holds, so whether fix edits. */
    @Test
    void fixTakesAsOf() throws Exception {
        String template = """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  Jobs:  # headroom: ignore[HR304] until 2027-03-31 -- load test in March
                    Type: AWS::SQS::Queue
                  Worker:
                    Type: AWS::Lambda::Function
                    Properties: {Runtime: python3.12, Handler: index.handler, Timeout: 120}
                  Mapping:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties: {FunctionName: !Ref Worker, EventSourceArn: !GetAtt Jobs.Arn}
                """;
        Path file = Files.writeString(tmp.resolve("template.yaml"), template);
        CliTest.Run held = CliTest.run("fix", "--no-config", "--as-of", "2027-03-31", file.toString());
        assertEquals(0, held.code(), held.err());
        assertTrue(held.out().contains("Fixed 0 findings in 0 files"), held.out());
        assertEquals(template, Files.readString(file), "a suppressed finding is not fixed");

        CliTest.Run expired = CliTest.run("fix", "--no-config", "--as-of", "2027-04-01", file.toString());
        assertEquals(0, expired.code(), expired.err());
        assertTrue(expired.out().contains("HR304 fixed"), expired.out());
        assertTrue(Files.readString(file).contains("VisibilityTimeout: 720"), Files.readString(file));
    }

    /**
     * {@code --allow-env} reaches fix's reader: the finding exists only with it. The value is chosen by an
     * environment variable, so fix does not edit it, and never prints the variable's value (set by the pom).
     */
    @Test
    void fixTakesAllowEnvAndNeverShowsTheValue() throws Exception {
        String stage = System.getenv("HEADROOM_TEST_STAGE");
        org.junit.jupiter.api.Assumptions.assumeTrue(stage != null, "HEADROOM_TEST_STAGE is set by the pom");
        String yml = """
                service: envt
                custom:
                  timeouts:
                    %s: 60
                provider:
                  name: aws
                  runtime: python3.12
                functions:
                  api:
                    handler: h.api
                    timeout: ${self:custom.timeouts.${env:HEADROOM_TEST_STAGE}}
                    events:
                      - http: {path: x, method: get}
                """.formatted(stage);
        Path file = Files.writeString(tmp.resolve("serverless.yml"), yml);
        CliTest.Run without = CliTest.run("fix", "--no-config", "--unsafe", "--diff", file.toString());
        assertEquals(0, without.code(), without.err());
        assertFalse(without.err().contains("HR303"), "without --allow-env the timeout is unknown: " + without.err());

        CliTest.Run with = CliTest.run("fix", "--no-config", "--unsafe", "--diff", "--allow-env", file.toString());
        assertEquals(0, with.code(), with.err());
        assertTrue(with.err().contains("HR303 not fixed"), with.err());
        assertFalse((with.out() + with.err()).contains(stage), "fix shows an environment value: " + with.err());
        assertEquals(yml, Files.readString(file));
    }

    /** scan and fix read the same --baseline: what it holds is neither reported nor fixed. */
    @Test
    void fixTakesBaselineAndAnUnusableOneIsAUsageError() throws Exception {
        CommandLine cli = Main.commandLine();
        OptionSpec scan = cli.getSubcommands().get("scan").getCommandSpec().findOption("--baseline");
        OptionSpec fix = cli.getSubcommands().get("fix").getCommandSpec().findOption("--baseline");
        assertNotNull(fix, "fix --baseline");
        assertEquals(List.of(scan.description()), List.of(fix.description()));

        String template = """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  Service:
                    Type: AWS::ECS::Service
                    Properties: {Cluster: default, TaskDefinition: web:1}
                """;
        Path file = Files.writeString(tmp.resolve("template.yaml"), template);
        Path baseline = tmp.resolve("held.json");
        assertEquals(0, CliTest.run("baseline", "--no-config", "-o", baseline.toString(), file.toString()).code());
        CliTest.Run held = CliTest.run("fix", "--no-config", "--baseline", baseline.toString(), file.toString());
        assertEquals(0, held.code(), held.err());
        assertTrue(held.out().contains("Fixed 0 findings in 0 files"), held.out());
        assertEquals(template, Files.readString(file), "a finding the baseline holds is not fixed");

        Files.writeString(tmp.resolve(".headroom.yaml"), "baseline: missing.json\n");
        CliTest.Run unusable = CliTest.run("fix", file.toString());
        assertEquals(2, unusable.code(), unusable.err());
        assertTrue(unusable.err().startsWith("headroom: ") && unusable.err().contains("baseline not found"), unusable.err());
        assertFalse(unusable.err().contains("internal error"), unusable.err());

        CliTest.Run fixed = CliTest.run("fix", "--no-config", file.toString());
        assertTrue(fixed.out().contains("HR207 fixed"), fixed.out());
    }
}
