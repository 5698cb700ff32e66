package dev.headroom.fix;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The diff of {@code fix --diff} in the unified format {@code git apply} and {@code patch -p1} read. */
class UnifiedDiffTest {

    @Test
    void oneHunkWithContext() {
        String before = "a\nb\nc\nd\ne\nf\ng\n";
        String after = "a\nb\nc\nD\ne\nf\ng\n";
        assertEquals("--- a/t.yaml\n+++ b/t.yaml\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n",
                UnifiedDiff.of("t.yaml", before, after));
    }

    @Test
    void marksALastLineWithoutLineBreak() {
        assertEquals("--- a/t.yaml\n+++ b/t.yaml\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n",
                UnifiedDiff.of("t.yaml", "a\nb", "a\nb\nc\n"));
    }

    @Test
    void equalTextsGiveNoDiff() {
        assertEquals("", UnifiedDiff.of("t.yaml", "a\n", "a\n"));
    }
}
