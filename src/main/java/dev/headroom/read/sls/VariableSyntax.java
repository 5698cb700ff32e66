package dev.headroom.read.sls;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text syntax of Serverless Framework variables: {@code ${source:address, fallback, 'literal'}}, nested
 * {@code ${self:custom.t.${sls:stage}}}. Only {@code ${name:...}} and {@code ${name(...)...}} are variables;
 * {@code ${AWS::Region}}, {@code ${Queue.Arn}} and {@code ${!Literal}} belong to CloudFormation's
 * {@code Fn::Sub} and stay as written, as the Framework leaves them.
 */
final class VariableSyntax {

    /** A piece of a string: literal text, or a variable whose content is between {@code ${} and {@code }}. */
    record Segment(String text, boolean variable) {
    }

    private static final Pattern SOURCE_START = Pattern.compile("\\s*[A-Za-z][\\w-]*(\\(|:(?!:))");

    private VariableSyntax() {
    }

    static boolean hasVariable(String text) {
        if (text.indexOf("${") < 0) return false;
        for (Segment s : segments(text)) if (s.variable()) return true;
        return false;
    }

    /** Splits {@code text} into literal text and variables, matching nested braces. */
    static List<Segment> segments(String text) {
        List<Segment> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int[] closing = null;
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            if (open < 0) break;
            if (closing == null) closing = closingBraces(text);
            int close = closing[open + 1];
            if (close < 0 || !SOURCE_START.matcher(text).region(open + 2, close).lookingAt()) {
                literal.append(text, i, open + 2);
                i = open + 2;
                continue;
            }
            literal.append(text, i, open);
            if (literal.length() > 0) out.add(new Segment(literal.toString(), false));
            literal.setLength(0);
            out.add(new Segment(text.substring(open + 2, close), true));
            i = close + 1;
        }
        literal.append(text.substring(i));
        if (literal.length() > 0) out.add(new Segment(literal.toString(), false));
        return out;
    }

    /**
     * For each {@code {} of {@code text}, the index of the {@code }} that closes it (nested braces matched), or -1;
     * in one pass. (Scanning ahead from every {@code ${} is quadratic when a file repeats an unclosed one.)
     */
    private static int[] closingBraces(String text) {
        int[] closing = new int[text.length()];
        int[] open = new int[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            closing[i] = -1;
            if (c == '{') {
                open[depth++] = i;
            } else if (c == '}' && depth > 0) {
                closing[open[--depth]] = i;
            }
        }
        return closing;
    }

    /** Splits a variable's content at its top-level commas: the address and its fallbacks. */
    static List<String> alternatives(String content) {
        List<String> out = new ArrayList<>();
        int braces = 0;
        int parens = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                braces--;
            } else if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens--;
            } else if (c == ',' && braces == 0 && parens == 0) {
                out.add(content.substring(start, i).trim());
                start = i + 1;
            }
        }
        out.add(content.substring(start).trim());
        return out;
    }

    /** True when {@code s} is one whole variable {@code ${...}}. */
    static boolean isWholeVariable(String s) {
        List<Segment> seg = segments(s);
        return seg.size() == 1 && seg.get(0).variable();
    }
}
