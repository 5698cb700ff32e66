package dev.headroom.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.headroom.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code .headroom.yaml}'s {@code traffic} (for files a team does not annotate) and {@code prices} keys. */
class FitConfigTest {

    /** COST.md example 1 without a declaration in the template: Fargate is 30.1 % cheaper. */
    static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Steady:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: .
                  MemorySize: 1024
                  Events:
                    Get: {Type: HttpApi, Properties: {Path: /, Method: get}}
            """;

    @TempDir
    Path repo;

    @BeforeEach
    void gitRoot() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
    }

    private Path write(String rel, String text) throws Exception {
        Path p = repo.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void configTrafficReachesTheCostRulesForItsPathOnly() throws Exception {
        write(".headroom.yaml", """
                traffic:
                  - {path: "api/**", id: Steady, requestsPerSecond: 100, durationMs: 200}
                """);
        Path api = write("api/template.yaml", TEMPLATE);
        Path other = write("other/template.yaml", TEMPLATE);
        CliTest.Run r = run("scan", api.toString(), other.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("api/template.yaml:3:3: HR403"), r.out());
        assertTrue(r.out().contains("$648.72 a month on Fargate"), r.out());
        assertFalse(r.out().contains("other/template.yaml:3:3: HR403"), r.out());
    }

    @Test
    void fitReadsTheSameConfig() throws Exception {
        write(".headroom.yaml", """
                region: eu-central-1
                prices:
                  lambdaRequestsPerMillion: 0.1
                traffic:
                  - {path: "api/**", id: Steady, requestsPerSecond: 100, durationMs: 200}
                """);
        Path api = write("api/template.yaml", TEMPLATE);
        CliTest.Run r = run("fit", api.toString(), "--base-dir", repo.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("traffic   100 requests/s of 200 ms"), r.out());
        assertTrue(r.out().contains("region eu-central-1, prices of 2026-11-29 with overrides"), r.out());
    }

    @Test
    void configPricesReplaceTheBundledFigures() throws Exception {
        write(".headroom.yaml", """
                prices:
                  fargateVcpuHourX86: 0.08
                traffic:
                  - {path: "**", id: Steady, requestsPerSecond: 100, durationMs: 200}
                """);
        Path api = write("api/template.yaml", TEMPLATE);
        CliTest.Run r = run("scan", api.toString());
        assertEquals(0, r.code(), r.err());
        // Doubling Fargate's vCPU price puts it above Lambda: no HR403.
        assertFalse(r.out().contains("HR403"), r.out());
    }

    @Test
    void aBadPriceOrProfileIsAConfigErrorAtItsLine() throws Exception {
        write(".headroom.yaml", "prices:\n  fargateVcpuHour: 0.03\n");
        Path api = write("api/template.yaml", TEMPLATE);
        CliTest.Run r = run("scan", api.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains(".headroom.yaml:2:20: prices: unknown price 'fargateVcpuHour'"), r.err());
        write(".headroom.yaml", "traffic:\n  - {path: '**', id: Steady, requestsPerSecond: 5}\n");
        r = run("scan", api.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains(".headroom.yaml:2:5: traffic: traffic declaration is request-driven but lacks durationMs"), r.err());
        write(".headroom.yaml", "traffic:\n  - {path: '**', id: Steady, requestsPerSecond: 5, durationMs: 10, cpuShare: 2}\n");
        r = run("scan", api.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("traffic cpuShare must be > 0 and ≤ 1, found 2"), r.err());
    }
}
