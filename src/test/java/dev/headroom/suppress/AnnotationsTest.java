package dev.headroom.suppress;

import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.tree.Parsers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotationsTest {

    private static Declared read(String file, String text) throws Exception {
        return Annotations.read(Parsers.parse(file, text), text);
    }

    private static Source range(Suppression s) {
        return ((Suppression.InFile) s.scope()).range();
    }

    @Test
    void ownLineCommentCoversTheNextKeyAndItsWholeValue() throws Exception {
        Declared d = read("t.yaml", """
                Resources:
                  # headroom: ignore[HR103, HR104] until 2027-03-31 -- sizing review OPS-42
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      MemorySize: 64
                  Other:
                    Type: AWS::Lambda::Function
                """);
        assertEquals(List.of(), d.problems());
        Suppression s = d.suppressions().get(0);
        assertEquals(List.of("HR103", "HR104"), s.rules());
        assertEquals("sizing review OPS-42", s.reason());
        assertEquals(java.time.LocalDate.of(2027, 3, 31), s.until());
        assertEquals(3, range(s).line());
        assertEquals(6, range(s).endLine()); // through MemorySize, not into Other
    }

    @Test
    void trailingCommentCoversTheNodeOnItsLine() throws Exception {
        Declared d = read("t.yaml", """
                Resources:
                  Fn:
                    Properties:
                      Timeout: 880  # headroom: ignore[lambda-timeout-near-limit] -- measured at 700 s
                      MemorySize: 64
                """);
        Suppression s = d.suppressions().get(0);
        assertEquals(List.of("HR102"), s.rules()); // a rule's name is accepted and stored as its id
        assertEquals(4, range(s).line());
        assertEquals(4, range(s).endLine());
    }

    @Test
    void hashInsideStringsAndBlockScalarsIsNoComment() throws Exception {
        Declared d = read("t.yaml", """
                Description: "not a # headroom: ignore[HR101] -- comment"
                Resources:
                  Fn:
                    Properties:
                      Code: |
                        # headroom: ignore[HR101] -- code, not a comment
                      Other: 'x # headroom: ignore[oops]'
                """);
        assertEquals(List.of(), d.suppressions());
        assertEquals(List.of(), d.problems());
    }

    @Test
    void ignoreFileCoversTheWholeFile() throws Exception {
        Declared d = read("t.yaml", "# headroom: ignore-file[HR107] -- platform release Q1\nResources: {}\n");
        assertNull(range(d.suppressions().get(0)));
    }

    @Test
    void invalidCommentsAreProblemsAndSuppressNothing() throws Exception {
        Declared d = read("t.yaml", """
                Resources:
                  # headroom: ignore[HR102]
                  A: 1
                  # headroom: ignore[HR999] -- typo
                  B: 2
                  # headroom: ignore[HR102] until tomorrow -- bad date
                  C: 3
                  # headroom: ignroe[HR102] -- typo
                  D: 4
                  # headroom: ignore[] -- no rule
                  E: 5
                # headroom: ignore[HR102] -- nothing follows
                """);
        assertEquals(List.of(), d.suppressions());
        List<String> messages = d.problems().stream().map(p -> p.source().line() + " " + p.message()).toList();
        assertEquals(6, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("2 headroom comment without a reason"), messages.get(0));
        assertTrue(messages.get(1).contains("unknown rule 'HR999'"), messages.get(1));
        assertTrue(messages.get(2).contains("until 'tomorrow' is not a date"), messages.get(2));
        assertTrue(messages.get(3).startsWith("8 malformed headroom comment"), messages.get(3));
        assertTrue(messages.get(4).contains("names no rule"), messages.get(4));
        assertTrue(messages.get(5).contains("applies to no YAML node"), messages.get(5));
        for (Problem p : d.problems()) assertEquals("HR903", p.ruleId());
    }

    @Test
    void jsonMetadataIsRead() throws Exception {
        Declared d = read("t.json", """
                {"Resources": {"Fn": {"Type": "AWS::Lambda::Function",
                  "Metadata": {"headroom": {"ignore": [{"id": "HR105", "reason": "cold starts are fine at night"}]}}}}}
                """);
        Suppression s = d.suppressions().get(0);
        assertEquals(SuppressionKind.METADATA, s.kind());
        assertEquals(new Suppression.OnResource("t.json", "Fn"), s.scope());
    }

    @Test
    void aFileThatNeverMentionsHeadroomIsNotReadAgain() throws Exception {
        assertEquals(Declared.NONE, read("t.yaml", "Resources:\n  # just a comment\n  A: 1\n"));
    }
}
