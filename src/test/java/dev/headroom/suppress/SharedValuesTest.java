package dev.headroom.suppress;

import dev.headroom.model.Origin;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.rules.About;
import dev.headroom.rules.Finding;
import dev.headroom.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Findings that share one value merge on their rule, level, place and what they say as data (kind and detail),
 * never on their wording: the message is not read.
 */
class SharedValuesTest {

    /** A SAM template whose {@code Globals} timeout (line 4) three functions inherit. */
    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Timeout: 900
            Resources:
              Api:
                Type: AWS::Serverless::Function
              Worker:
                Type: AWS::Serverless::Function
              Admin:
                Type: AWS::Serverless::Function
            """;

    @TempDir
    Path dir;

    private Source timeout;

    private String file() throws IOException {
        Path t = dir.resolve("template.yaml");
        Files.writeString(t, TEMPLATE);
        timeout = new Source(t.toString(), 4, 14, 4, 17);
        return t.toString();
    }

    private static Origin element(String file, String logicalId, int line) {
        return Origin.of(logicalId, "AWS::Serverless::Function", Source.at(file, line, 3));
    }

    /** A finding about {@code origin} as {@code RuleContext.reportOn} makes it: message built from kind and detail. */
    private Finding about(String kind, Origin origin, String detail) {
        About.Element about = new About.Element(kind, detail);
        return new Finding("HR102", Severity.WARNING, about.message(origin.label()), timeout,
                List.of(new Related(origin.source(), "inherited by " + origin.label())), origin, "Timeout", null, about);
    }

    @Test
    void findingsWithTheSameKindAndDetailAtOnePlaceMergeIntoOne() throws IOException {
        String f = file();
        List<Finding> merged = new SharedValues().merge(List.of(
                about("Function", element(f, "Api", 6), "timeout 900 s is Lambda's maximum"),
                about("Function", element(f, "Worker", 8), "timeout 900 s is Lambda's maximum"),
                about("Function", element(f, "Admin", 10), "timeout 900 s is Lambda's maximum")));
        assertEquals(1, merged.size(), merged.toString());
        Finding one = merged.get(0);
        assertEquals("3 functions: Api, Worker, Admin: timeout 900 s is Lambda's maximum", one.message());
        assertNull(one.origin(), "a merged finding concerns no single element");
        assertEquals("Globals.Function.Timeout", one.subject(), "its identity is the path of the shared value");
        assertEquals(List.of(6, 8, 10), one.related().stream().map(r -> r.source().line()).toList());
    }

    /**
     * Wordings the former prefix pattern ({@code [A-Z][A-Za-z ]*? label: rest}) could not take apart: a kind of two
     * words with a lowercase one, a kind with a hyphen, labels that hold ": " themselves.
     */
    @Test
    void wordingThatDefeatedTheOldPrefixPatternStillMerges() throws IOException {
        String f = file();
        String detail = "Fargate does not offer 3000 MiB with 1024 CPU units: with 1024 it offers 2048–8192 MiB";
        List<Finding> tasks = new SharedValues().merge(List.of(
                about("Task definition", element(f, "Blue", 6), detail),
                about("Task definition", element(f, "Green", 8), detail)));
        assertEquals(List.of("2 task definitions: Blue, Green: " + detail), messages(tasks));

        List<Finding> mappings = new SharedValues().merge(List.of(
                about("Event-source mapping", element(f, "Out", 6), "batch size 10000 is above the maximum"),
                about("Event-source mapping", element(f, "In", 8), "batch size 10000 is above the maximum")));
        assertEquals(List.of("2 event-source mappings: Out, In: batch size 10000 is above the maximum"), messages(mappings));

        List<Finding> colons = new SharedValues().merge(List.of(
                about("Function", element(f, "Api", 6).withDisplayName("api: v1"), "timeout 900 s"),
                about("Function", element(f, "Worker", 8).withDisplayName("worker: v2"), "timeout 900 s")));
        assertEquals(List.of("2 functions: api: v1, worker: v2: timeout 900 s"), messages(colons));
    }

    @Test
    void findingsOfDifferentKindsOrDetailsNeverMerge() throws IOException {
        String f = file();
        List<Finding> kinds = List.of(
                about("Function", element(f, "Api", 6), "timeout 900 s"),
                about("Queue", element(f, "Worker", 8), "timeout 900 s"));
        assertEquals(messages(kinds), messages(new SharedValues().merge(kinds)));

        List<Finding> details = List.of(
                about("Function", element(f, "Api", 6), "timeout 900 s"),
                about("Function", element(f, "Worker", 8), "timeout 900 s is the maximum"));
        assertEquals(messages(details), messages(new SharedValues().merge(details)));
    }

    /** Two messages of the merged shape, but without kind and detail as data: the text alone merges nothing. */
    @Test
    void aMessageOfTheMergedShapeWithoutDataStaysAsItIs() throws IOException {
        String f = file();
        Origin api = element(f, "Api", 6);
        Origin worker = element(f, "Worker", 8);
        List<Finding> prose = List.of(
                new Finding("HR102", Severity.WARNING, "Function Api: timeout 900 s", timeout, List.of(), api, "Timeout"),
                new Finding("HR102", Severity.WARNING, "Function Worker: timeout 900 s", timeout, List.of(), worker, "Timeout"));
        assertEquals(messages(prose), messages(new SharedValues().merge(prose)));
    }

    @Test
    void findingsAtDifferentLevelsOrRulesDoNotMerge() throws IOException {
        String f = file();
        Finding api = about("Function", element(f, "Api", 6), "timeout 900 s");
        Finding worker = about("Function", element(f, "Worker", 8), "timeout 900 s");
        assertEquals(2, new SharedValues().merge(List.of(api, worker.withSeverity(Severity.ERROR))).size());
        Finding otherRule = new Finding("HR101", worker.severity(), worker.message(), worker.source(), worker.related(),
                worker.origin(), worker.subject(), null, worker.about());
        assertEquals(2, new SharedValues().merge(List.of(api, otherRule)).size());
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(Finding::message).sorted().toList();
    }
}
