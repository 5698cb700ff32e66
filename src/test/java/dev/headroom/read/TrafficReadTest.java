package dev.headroom.read;

import dev.headroom.discover.FormatDetector;
import dev.headroom.model.Problem;
import dev.headroom.model.Stack;
import dev.headroom.model.TrafficProfile;
import dev.headroom.tree.Document;
import dev.headroom.tree.Parsers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Traffic declarations in each format's convention, and malformed ones as HR903 problems at their line. */
class TrafficReadTest {

    private static Stack read(String file, String text, ReadOptions options) throws Exception {
        Document doc = Parsers.parse(file, text);
        return Readers.read(doc, FormatDetector.detect(doc.root(), file), options).get(0);
    }

    private static Stack read(String file, String text) throws Exception {
        return read(file, text, ReadOptions.defaults());
    }

    @Test
    void resourceMetadataInheritsTheTemplateDefaults() throws Exception {
        Stack s = read("template.yaml", """
                Metadata:
                  headroom:
                    traffic: {cpuShare: 0.25, durationMs: 120}
                Resources:
                  Api:
                    Type: AWS::Lambda::Function
                    Metadata:
                      headroom:
                        traffic: {requestsPerSecond: 40, peakToMean: 3}
                    Properties: {Runtime: python3.12, Handler: a.b, Code: {ZipFile: x}, Role: r}
                  Other:
                    Type: AWS::Lambda::Function
                    Properties: {Runtime: python3.12, Handler: a.b, Code: {ZipFile: x}, Role: r}
                """);
        TrafficProfile api = s.trafficOf("Api");
        assertEquals(new BigDecimal("40"), api.requestsPerSecond());
        assertEquals(new BigDecimal("120"), api.durationMs());
        assertEquals(new BigDecimal("0.25"), api.cpuShare());
        assertEquals(new BigDecimal("3"), api.peakToMean());
        assertEquals(9, api.source().line());
        // The default alone is not a whole profile: Other has none, and that is no error.
        assertNull(s.trafficOf("Other"));
        assertEquals(List.of(), s.problems());
        assertNull(s.region());
    }

    @Test
    void aWholeTemplateDefaultAppliesToEveryWorkload() throws Exception {
        Stack s = read("template.json", """
                {"Metadata": {"headroom": {"traffic": {"jobsPerDay": 10000, "jobSeconds": 30}}},
                 "Resources": {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Runtime": "python3.12"}}}}
                """, new ReadOptions(Map.of(), null, "eu-west-1", false, Map.of()));
        TrafficProfile fn = s.trafficOf("Fn");
        assertTrue(fn.jobDriven());
        assertEquals(new BigDecimal("30"), fn.jobSeconds());
        assertEquals("eu-west-1", s.region());
    }

    @Test
    void serverlessDeclaresUnderCustomByFunctionKey() throws Exception {
        Stack s = read("serverless.yml", """
                service: shop
                provider:
                  name: aws
                  region: eu-central-1
                functions:
                  api:
                    handler: h.api
                custom:
                  headroom:
                    traffic:
                      api: {requestsPerSecond: 5, durationMs: 100}
                      nope: {requestsPerSecond: 5, durationMs: 100}
                """);
        assertEquals(new BigDecimal("5"), s.trafficOf("ApiLambdaFunction").requestsPerSecond());
        assertEquals("eu-central-1", s.region());
        assertEquals(1, s.problems().size());
        assertEquals("HR903", s.problems().get(0).ruleId());
        assertEquals(12, s.problems().get(0).source().line());
    }

    @Test
    void malformedDeclarationsAreHr903ProblemsAtTheirLine() throws Exception {
        Stack s = read("template.yaml", """
                Resources:
                  A:
                    Type: AWS::Lambda::Function
                    Metadata:
                      headroom:
                        traffic: {requestsPerSecond: lots, durationMs: 100}
                  B:
                    Type: AWS::Lambda::Function
                    Metadata:
                      headroom:
                        traffic: {requestsPerSecond: 5}
                  C:
                    Type: AWS::Lambda::Function
                    Metadata:
                      headroom:
                        traffic: {requestsPerSecond: 5, durationMs: 100, jobsPerDay: 3, jobSeconds: 2}
                  D:
                    Type: AWS::Lambda::Function
                    Metadata:
                      headroom:
                        traffic: {requestsPerSecond: 5, durationMs: 100, cpuShare: 1.5, rps: 3}
                  Q:
                    Type: AWS::SQS::Queue
                    Metadata:
                      headroom:
                        traffic: {requestsPerSecond: 5, durationMs: 100}
                  E:
                    Type: AWS::Lambda::Function
                    Metadata:
                      headroom:
                        traffic: [1, 2]
                """);
        List<String> got = s.problems().stream().map(p -> p.source().line() + " " + p.message()).toList();
        assertEquals(List.of(
                "6 traffic requestsPerSecond must be a number, found string 'lots'",
                "11 traffic declaration is request-driven but lacks durationMs",
                "16 traffic declaration mixes a request-driven profile (requestsPerSecond, durationMs) with a job-driven "
                        + "one (jobsPerDay, jobSeconds); declare one",
                "21 traffic cpuShare must be > 0 and ≤ 1, found 1.5",
                "21 unknown traffic key 'rps'; expected one of requestsPerSecond, durationMs, peakToMean, cpuShare, "
                        + "jobsPerDay, jobSeconds, lambdaMemoryMb",
                "26 a traffic declaration applies to a Lambda function or an ECS service, not to AWS::SQS::Queue Q",
                "31 traffic declaration must be a mapping of requestsPerSecond, durationMs, peakToMean, cpuShare, "
                        + "jobsPerDay, jobSeconds, lambdaMemoryMb, found list"), got);
        assertTrue(s.problems().stream().map(Problem::ruleId).allMatch("HR903"::equals));
        assertTrue(s.traffic().isEmpty());
    }

    @Test
    void samTemplatesReadTheSameMetadata() throws Exception {
        Stack sam = read("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Metadata:
                      headroom:
                        traffic: {requestsPerSecond: 1.5, durationMs: 80}
                    Properties: {Runtime: python3.12, Handler: a.b, CodeUri: .}
                """);
        assertEquals(new BigDecimal("1.5"), sam.trafficOf("Fn").requestsPerSecond());
    }
}
