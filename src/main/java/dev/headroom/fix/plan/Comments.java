package dev.headroom.fix.plan;

import dev.headroom.fix.Edit;
import dev.headroom.model.Source;
import dev.headroom.tree.Syntax;

import java.util.regex.Pattern;

/**
 * Removes a suppression comment ({@code # headroom: ignore[...]}): a comment on its own line goes with its line; a
 * comment after YAML goes with the spaces before it, and the YAML stays.
 */
final class Comments {

    private static final Pattern SUPPRESSION = Pattern.compile("#\\s*headroom\\s*:.*");

    private Comments() {
    }

    static Edit removal(String file, String text, Source at) throws FixPlanner.Refused {
        TextPositions positions = new TextPositions(text, Syntax.YAML);
        int start = positions.start(at);
        if (start < 0 || start >= text.length() || text.charAt(start) != '#') {
            throw new FixPlanner.Refused("no comment at line " + at.line());
        }
        int line = at.line();
        int lineStart = positions.lineStart(line);
        int lineEnd = positions.lineEnd(line);
        if (!SUPPRESSION.matcher(text.substring(start, lineEnd)).matches()) {
            throw new FixPlanner.Refused("the comment at line " + line + " holds more than the suppression");
        }
        int from;
        int to;
        if (text.substring(lineStart, start).isBlank()) {
            from = lineStart;
            to = line < positions.lineCount() ? positions.lineStart(line + 1) : lineEnd;
            if (to == lineEnd && line > 1) from = positions.lineEnd(line - 1); // the last line, without a break
        } else {
            from = start;
            while (from > lineStart && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) from--;
            to = lineEnd;
        }
        return new Edit(file, from, to, positions.range(file, from, to), "");
    }
}
