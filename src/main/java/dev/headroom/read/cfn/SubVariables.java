package dev.headroom.read.cfn;

/**
 * The {@code ${...}} of a {@code Fn::Sub} string, one after another, in linear time. (The pattern
 * {@code \$\{([^}]*)}} rescans the rest of the text at every {@code ${} that is never closed: quadratic, and
 * a hostile template can repeat {@code ${} a million times.)
 */
final class SubVariables {

    private final String text;
    private int from;
    private int start = -1;
    private int end = -1;

    SubVariables(String text) {
        this.text = text;
    }

    /** Moves to the next variable; false when there is none. */
    boolean find() {
        int open = text.indexOf("${", from);
        if (open < 0) return false;
        int close = text.indexOf('}', open + 2);
        if (close < 0) {
            from = text.length(); // no later ${ can be closed either
            return false;
        }
        start = open;
        end = close + 1;
        from = end;
        return true;
    }

    /** Where the current variable starts (its {@code $}). */
    int start() {
        return start;
    }

    /** Just after the current variable's {@code }}. */
    int end() {
        return end;
    }

    /** What is between the braces, as written. */
    String content() {
        return text.substring(start + 2, end - 1);
    }
}
