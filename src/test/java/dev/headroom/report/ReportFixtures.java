package dev.headroom.report;

import dev.headroom.model.InputFormat;
import dev.headroom.model.Origin;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.rules.Finding;
import dev.headroom.rules.Param;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.RuleMeta;
import dev.headroom.rules.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A hand-built scan report that exercises every part of the writers, and golden-file helpers. */
final class ReportFixtures {

    static final Path BASE = Path.of("/proj");

    @RuleInfo(id = "HR102", name = "lambda-timeout-near-limit", severity = Severity.WARNING,
            summary = "Lambda timeout is close to the 900 s maximum",
            whatItDoes = "Reports functions whose timeout is within `margin` seconds of Lambda's maximum.",
            whyIsThisBad = "Work that needs nearly 15 minutes today will need more tomorrow.",
            example = "```yaml\nTimeout: 890\n```",
            useInstead = "```yaml\nTimeout: 300\n```\nMove long work to an ECS task.",
            tags = {"lambda", "timeout"},
            params = {@Param(name = "margin", defaultValue = "10", description = "seconds below the maximum")},
            references = {"https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html"})
    static final class TimeoutRule {
    }

    @RuleInfo(id = "HR301", name = "lambda-rds-without-proxy", severity = Severity.ERROR,
            summary = "Lambda connects to RDS without RDS Proxy",
            whatItDoes = "Reports functions that reference a database instance directly.",
            whyIsThisBad = "Each concurrent execution opens its own connection.",
            example = "DB_HOST: !GetAtt Db.Endpoint.Address",
            useInstead = "DB_HOST: !GetAtt Proxy.Endpoint",
            tags = {"lambda", "rds"})
    static final class RdsRule {
    }

    @RuleInfo(id = "HR401", name = "lambda-memory-oversized", severity = Severity.NOTE,
            summary = "Lambda memory is far above what the function needs",
            whatItDoes = "Reports functions with more memory than the configured ceiling.",
            whyIsThisBad = "You pay for memory by the millisecond.",
            example = "MemorySize: 10240",
            useInstead = "MemorySize: 1024",
            tags = {"lambda", "cost"})
    static final class MemoryRule {
    }

    static List<RuleMeta> rules() {
        return List.of(RuleMeta.of(TimeoutRule.class), RuleMeta.of(RdsRule.class), RuleMeta.of(MemoryRule.class));
    }

    static ScanReport report() {
        return report(0);
    }

    /** The report with every line moved down by {@code shift}, as if lines were added at the top of each file. */
    static ScanReport report(int shift) {
        String sls = "/proj/serverless.yml";
        String sam = "/proj/sam/template.yaml";
        String cdk = "/proj/cdk.out/AppStack.template.json";
        List<Finding> findings = new ArrayList<>(List.of(
                new Finding("HR102", Severity.WARNING,
                        "Timeout 890 s is within 10 s of Lambda's 900 s maximum; move long work to an ECS task",
                        src(sls, 5 + shift, 12, 15), List.of(new Related(src(sls, 20 + shift, 3, 9), "function 'handler' inherits it")),
                        Origin.of("HandlerLambdaFunction", "AWS::Lambda::Function", src(sls, 20 + shift, 3, 9))
                                .withDisplayName("handler"), "Timeout"),
                new Finding("HR401", Severity.NOTE, "MemorySize 10240 MB ≥ ceiling 3008 MB, 100% over",
                        src(sls, 22 + shift, 17, 22), List.of(),
                        Origin.of("HandlerLambdaFunction", "AWS::Lambda::Function", src(sls, 20 + shift, 3, 9)), ""),
                // Same rule, file, element and subject as the one above: its fingerprint needs a suffix.
                new Finding("HR401", Severity.NOTE, "MemorySize 10240 MB, \"worker\" override",
                        src(sls, 30 + shift, 17, 22), List.of(),
                        Origin.of("HandlerLambdaFunction", "AWS::Lambda::Function", src(sls, 20 + shift, 3, 9)), ""),
                new Finding("HR301", Severity.ERROR,
                        "DB_HOST references database 'Db' directly; put an RDS Proxy in front of it",
                        src(sam, 14 + shift, 17, 48),
                        List.of(new Related(src(sam, 40 + shift, 3, 5), "database 'Db' <postgres>"),
                                new Related(src(sls, 1 + shift, 1, 8), "shared settings")),
                        Origin.of("ApiFunction", "AWS::Serverless::Function", src(sam, 10 + shift, 3, 14)), "DB_HOST"),
                new Finding("HR102", Severity.WARNING,
                        "Timeout 895 s is within 10 s of Lambda's 900 s maximum; move long work to an ECS task",
                        src(cdk, 88 + shift, 20, 23), List.of(),
                        Origin.of("WorkerFn1A2B3C", "AWS::Lambda::Function", src(cdk, 80 + shift, 5, 19))
                                .withConstruct("AppStack/Worker/Resource", "aws-cdk-lib.aws_lambda.CfnFunction"),
                        "Timeout"),
                // A rule that is not in the active list (the tool's own parse error): no ruleIndex.
                new Finding("HR900", Severity.ERROR, "cannot parse: mapping values are not allowed here, line 3",
                        new Source("/proj/broken.yaml", 3 + shift, 9, 3 + shift, 9), List.of(), null, "parse")));
        findings.sort(Finding.ORDER);
        Map<String, Severity> levels = new LinkedHashMap<>();
        levels.put("HR102", Severity.WARNING);
        levels.put("HR301", Severity.ERROR);
        levels.put("HR401", Severity.WARNING); // raised by the rule set: defaultConfiguration must say so
        Map<InputFormat, Integer> byFormat = new LinkedHashMap<>();
        byFormat.put(InputFormat.SAM, 1);
        byFormat.put(InputFormat.SERVERLESS, 1);
        byFormat.put(InputFormat.CLOUDFORMATION, 1);
        byFormat.put(InputFormat.CDK, 1);
        return new ScanReport("0.1.0", BASE, rules(), levels, findings, byFormat, 4,
                List.of("cdk.out: AppStack has no aws:cdk:path metadata for 2 resources"), Duration.ofMillis(421));
    }

    /**
     * The text of the files {@link #report()} points into, at the lines and columns of its findings, so that text
     * output shows its source excerpts without files on disk.
     */
    static SourceText sources() {
        Map<String, List<String>> files = new LinkedHashMap<>();
        files.put("/proj/serverless.yml", lines(30, Map.of(
                5, "  timeout: 890",
                22, "    memorySize: 10240",
                30, "    memorySize: 10240")));
        files.put("/proj/sam/template.yaml", lines(40, Map.of(14, "       DB_HOST: !GetAtt [ Db, Endpoint.Address]")));
        files.put("/proj/cdk.out/AppStack.template.json", lines(90, Map.of(88, "        \"Timeout\": 895,")));
        files.put("/proj/broken.yaml", lines(3, Map.of(3, "  name: x: y")));
        return files::get;
    }

    private static List<String> lines(int count, Map<Integer, String> known) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) out.add(known.getOrDefault(i, "# line " + i));
        return out;
    }

    static ScanReport empty() {
        return new ScanReport("0.1.0", BASE, rules(), Map.of(), List.of(), Map.of(InputFormat.CLOUDFORMATION, 2), 2,
                List.of(), Duration.ofMillis(5));
    }

    private static Source src(String file, int line, int col, int endCol) {
        return new Source(file, line, col, line, endCol);
    }

    static String write(ReportWriter writer, ScanReport report) {
        StringWriter out = new StringWriter();
        try {
            writer.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Compares with {@code src/test/resources/golden/NAME} byte for byte. Run with
     * {@code -Dheadroom.updateGolden=true} to rewrite the file, then read the diff before committing it.
     */
    static void assertGolden(String name, String actual) throws IOException {
        Path p = Path.of("src/test/resources/golden", name); // Maven runs tests in the project directory
        if (Boolean.getBoolean("headroom.updateGolden")) {
            Files.createDirectories(p.getParent());
            Files.writeString(p, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "<missing " + p + ">", actual,
                "output differs from " + p);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ReportFixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
