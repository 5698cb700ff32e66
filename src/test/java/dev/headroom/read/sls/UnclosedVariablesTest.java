package dev.headroom.read.sls;

import dev.headroom.model.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An unclosed {@code ${a:} repeated 160,000 times (640 KB) made the variable scanner look for a closing brace from
 * each one to the end of the text (25 s before; one pass now, timed in the issue's closing note, not here). What
 * this proves: the text is split exactly as before, and the value is read as the text it is.
 */
class UnclosedVariablesTest {

    @TempDir
    Path tmp;

    @Test
    void anUnclosedVariableRepeatedIsLiteralText() {
        String text = "${a:".repeat(160_000);
        assertEquals(List.of(new VariableSyntax.Segment(text, false)), VariableSyntax.segments(text));
        assertFalse(VariableSyntax.hasVariable(text));
        assertEquals(List.of(new VariableSyntax.Segment("x ", false), new VariableSyntax.Segment("self:custom.${sls:stage}", true),
                new VariableSyntax.Segment(" ${a:", false)), VariableSyntax.segments("x ${self:custom.${sls:stage}} ${a:"));
    }

    @Test
    void aServerlessFileOfUnclosedVariablesIsRead() throws Exception {
        Stack s = Sls.read(tmp, "service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  timeout: '"
                + "${a:".repeat(160_000) + "'\nfunctions:\n  f:\n    handler: h.h\n");
        assertTrue(Sls.fn(s, "f").timeout().isUnknown(), "text, not a number");
        assertEquals("not a whole number", Sls.fn(s, "f").timeout().unknownReason());
    }
}
