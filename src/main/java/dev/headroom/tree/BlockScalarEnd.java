package dev.headroom.tree;

import java.util.Arrays;

/**
 * Where a block scalar ({@code |} or {@code >}) really ends. snakeyaml ends it after its trailing
 * line breaks, at column 0 of the next line; a finding should point at the last line of content.
 */
final class BlockScalarEnd {

    private final String text;
    private int[] lineStarts;

    BlockScalarEnd(String text) {
        this.text = text;
    }

    /**
     * The 1-based {line, exclusive end column} of the last non-blank line in
     * [startLine, endLine) (all 0-based), or null if every line there is blank.
     */
    int[] lastContent(int startLine, int endLine) {
        int[] starts = lineStarts();
        for (int line = Math.min(endLine, starts.length) - 1; line >= startLine; line--) {
            int from = starts[line];
            int to = line + 1 < starts.length ? starts[line + 1] : text.length();
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
            if (to > from) return new int[] {line + 1, text.codePointCount(from, to) + 1};
        }
        return null;
    }

    /** Char offsets of line starts, counted as snakeyaml counts lines in its marks. */
    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[64];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                    starts[count++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, count);
        }
        return lineStarts;
    }
}
