package dev.headroom.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code headroom fit}: text and JSON of samples/fit compared byte for byte with the goldens (rewrite with
 * {@code -Dheadroom.updateGolden=true} and read the diff), the HTML held to being self-contained with its charts,
 * and bad input as usage errors.
 */
class FitCommandTest {

    private static void golden(String name, String actual) throws Exception {
        Path golden = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("headroom.updateGolden")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "output differs from " + golden);
    }

    @Test
    void textMatchesGolden() throws Exception {
        CliTest.Run r = CliTest.run("fit", "samples/fit", "--base-dir", "samples");
        assertEquals(0, r.code(), r.err());
        golden("fit-samples.txt", r.out());
    }

    @Test
    void jsonMatchesGolden() throws Exception {
        CliTest.Run r = CliTest.run("fit", "samples/fit", "--format", "json", "--base-dir", "samples");
        assertEquals(0, r.code(), r.err());
        golden("fit-samples.json", r.out());
    }

    @Test
    void jsonCarriesCostMdExample1ToTheCent() throws Exception {
        CliTest.Run r = CliTest.run("fit", "src/test/resources/fixtures/sam/fit.yaml", "--format", "json");
        assertEquals(0, r.code(), r.err());
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        var steady = java.util.stream.StreamSupport.stream(root.get("workloads").spliterator(), false)
                .filter(w -> w.get("logicalId").asText().equals("SteadyApi")).findFirst().orElseThrow();
        var options = steady.get("options");
        assertEquals("928.56", option(options, "lambda-x86_64").get("monthly").decimalValue().toPlainString());
        assertEquals("648.72", option(options, "fargate-x86_64").get("monthly").decimalValue().toPlainString());
        assertEquals("72.08", option(options, "fargate-x86_64").get("idleFloor").decimalValue().toPlainString());
        assertEquals("us-east-1", steady.get("assumptions").get("region").asText());
        assertEquals(2, steady.get("assumptions").get("minTasks").asInt());
    }

    private static com.fasterxml.jackson.databind.JsonNode option(com.fasterxml.jackson.databind.JsonNode options, String id) {
        for (var o : options) if (o.get("id").asText().equals(id)) return o;
        throw new AssertionError("no option " + id);
    }

    @Test
    void htmlIsOneSelfContainedFileWithAChartPerDeclaredWorkload(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fit.html");
        CliTest.Run r = CliTest.run("fit", "samples/fit", "--format", "html", "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out(), "with --output nothing goes to stdout");
        String html = Files.readString(out);
        assertFalse(Pattern.compile("<(script|link|img|iframe)[ >]|@import|url\\(|https?://(?!www\\.w3\\.org/2000/svg)")
                .matcher(html).find(), "the report loads nothing from elsewhere");
        assertEquals(4, count(html, "<svg "), "one chart per workload with declared traffic");
        // Fargate's staircase is drawn with horizontal and vertical segments, Lambda's line with L segments.
        assertTrue(Pattern.compile("<path d=\"M[^\"]* H[^\"]* V[^\"]*\" fill=\"none\" stroke=\"#2563eb\"").matcher(html).find());
        assertTrue(Pattern.compile("<path d=\"M[^\"]* L[^\"]*\" fill=\"none\" stroke=\"#d97706\"").matcher(html).find());
        assertTrue(html.contains("stroke-dasharray"), "declared traffic drawn as a line");
        assertTrue(html.contains("crossover "), "crossover marked");
        assertEquals(count(html, "<svg "), count(html, "<figcaption>"), "every chart has its caption");
        assertTrue(count(html, "Assumes: region us-east-1, prices of 2026-11-29") >= 8, "assumptions beside every chart and table");
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void regionAndPriceOverridesChangeThePrices(@TempDir Path dir) throws Exception {
        Path prices = dir.resolve("prices.yaml");
        Files.writeString(prices, "fargateVcpuHourX86: 0.02\n");
        CliTest.Run r = CliTest.run("fit", "src/test/resources/fixtures/sam/fit.yaml", "--region", "ap-southeast-1",
                "--prices", prices.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("region ap-southeast-1, prices of 2026-11-29 with overrides"), r.out());
        CliTest.Run unknown = CliTest.run("fit", "src/test/resources/fixtures/sam/fit.yaml", "--region", "sa-east-1");
        assertTrue(unknown.out().contains("region us-east-1 (no prices for sa-east-1)"), unknown.out());
    }

    @Test
    void badInputIsAUsageErrorWithItsPlace(@TempDir Path dir) throws Exception {
        Path prices = dir.resolve("prices.yaml");
        Files.writeString(prices, "fargateVcpuHour: 0.02\n");
        CliTest.Run r = CliTest.run("fit", "samples/fit", "--prices", prices.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("prices.yaml:1:1: unknown price 'fargateVcpuHour'"), r.err());
        assertEquals(2, CliTest.run("fit", "samples/fit", "--format", "sarif").code());
        assertEquals(2, CliTest.run("fit", "samples/fit", "--utilisation", "1.5").code());
        assertEquals(2, CliTest.run("fit", "no/such/dir").code());
    }

    @Test
    void aMalformedDeclarationIsListedNotACrash(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("template.yaml");
        Files.writeString(t, """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Metadata:
                      headroom:
                        traffic: {requestsPerSecond: many, durationMs: 100}
                    Properties: {Runtime: python3.12, MemorySize: 512}
                """);
        CliTest.Run r = CliTest.run("fit", t.toString(), "--base-dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("traffic   not declared"), r.out());
        assertTrue(r.out().contains("\n  template.yaml:6:38: traffic requestsPerSecond must be a number, found string 'many'"), r.out());
    }
}
