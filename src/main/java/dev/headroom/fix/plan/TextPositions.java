package dev.headroom.fix.plan;

import dev.headroom.model.Source;
import dev.headroom.tree.Syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Converts between the parsers' positions (1-based lines and columns) and character offsets in a file's text.
 * Lines and columns are counted as each parser counts them: snakeyaml breaks lines also at U+0085, U+2028 and
 * U+2029 and counts columns in code points; Jackson breaks at CR, LF and CRLF and counts UTF-16 characters.
 */
final class TextPositions {

    private final String text;
    private final boolean yaml;
    private final int[] lineStarts;

    TextPositions(String text, Syntax syntax) {
        this.text = text;
        this.yaml = syntax == Syntax.YAML;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            if (c == '\r' || c == '\n' || yaml && (c == '\u0085' || c == '\u2028' || c == '\u2029')) starts.add(i + 1);
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The offset of a 1-based line and column; -1 when the position is not in the text. */
    int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length) return -1;
        int at = lineStarts[line - 1];
        int lineEnd = lineEnd(line);
        for (int col = 1; col < column; col++) {
            if (at >= lineEnd) return col == column - 1 && at == lineEnd ? at : -1;
            at += yaml ? Character.charCount(text.codePointAt(at)) : 1;
        }
        return at;
    }

    int start(Source s) {
        return offset(s.line(), s.column());
    }

    int end(Source s) {
        return offset(s.endLine(), s.endColumn());
    }

    /** The start offset of a 1-based line; the text's length past the last line. */
    int lineStart(int line) {
        return line > lineStarts.length ? text.length() : lineStarts[line - 1];
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The offset just before the line break of a 1-based line. */
    int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && isBreak(text.charAt(end - 1))) end--;
        return end;
    }

    private boolean isBreak(char c) {
        return c == '\n' || c == '\r' || yaml && (c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    /** The 1-based line and column of an offset. */
    Source at(String file, int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        int from = lineStarts[line];
        int column = (yaml ? text.codePointCount(from, offset) : offset - from) + 1;
        return Source.at(file, line + 1, column);
    }

    Source range(String file, int start, int end) {
        Source a = at(file, start);
        Source b = at(file, end);
        return new Source(file, a.line(), a.column(), b.line(), b.column());
    }
}
