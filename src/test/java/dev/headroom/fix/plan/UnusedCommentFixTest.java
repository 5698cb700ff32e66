package dev.headroom.fix.plan;

import dev.headroom.model.Source;
import dev.headroom.rules.About;
import dev.headroom.rules.Finding;
import dev.headroom.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** fix removes an unused suppression comment known as such by its data ({@link About#UNUSED_COMMENT}), not by words. */
class UnusedCommentFixTest {

    private static final String FILE = "/proj/template.yaml";
    private static final String TEXT = """
            Resources:
              # headroom: ignore[HR102] -- nightly export
              Fn:
                Type: AWS::Lambda::Function
            """;

    private static Finding unused(About about) {
        return new Finding("HR902", Severity.WARNING, "comment ignore[HR102] suppressed nothing; remove it",
                Source.at(FILE, 2, 3), List.of(), null, "inline HR102", null, about);
    }

    @Test
    void anUnusedCommentGetsTheEditThatRemovesItsLine() {
        List<Finding> out = new FixPlanner(file -> TEXT).unusedSuppressions(List.of(unused(About.UNUSED_COMMENT)));
        assertTrue(out.get(0).fix().available(), String.valueOf(out.get(0).fix()));
        var edit = out.get(0).fix().edits().get(0);
        String fixed = TEXT.substring(0, edit.start()) + edit.text() + TEXT.substring(edit.end());
        assertEquals("""
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                """, fixed);
    }

    /** The subject and message of an unused comment, without the data: nothing to fix (no reading of prose). */
    @Test
    void wordsAloneAreNotAnUnusedComment() {
        List<Finding> out = new FixPlanner(file -> TEXT).unusedSuppressions(List.of(unused(null)));
        assertNull(out.get(0).fix());
    }
}
