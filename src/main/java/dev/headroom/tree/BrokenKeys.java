package dev.headroom.tree;

import dev.headroom.model.Source;

/**
 * Finds the line of a mapping key written without its ':' ({@code Timeout 3}) from the line where snakeyaml
 * noticed the problem: the broken key is a plain scalar that runs on into the next line, so the parser only
 * complains at the next key.
 */
final class BrokenKeys {

    private BrokenKeys() {
    }

    /**
     * The previous significant line, when it is at the same indentation as {@code problemLine} (0-based) and is a
     * plain scalar that holds no {@code ": "} and does not end in ':': then it is the key that lacks its colon.
     * Null when the previous line does not look like that.
     */
    static Source keyWithoutColonBefore(String file, String text, int problemLine) {
        String[] lines = text.split("\\R", -1);
        if (problemLine <= 0 || problemLine >= lines.length) return null;
        int indent = indent(lines[problemLine]);
        for (int i = problemLine - 1; i >= 0; i--) {
            String content = withoutComment(lines[i]);
            if (content.isBlank()) continue;
            if (indent(lines[i]) != indent) return null;
            String s = content.strip();
            if (s.startsWith("-") || s.startsWith("#") || s.startsWith("{") || s.startsWith("[") || s.startsWith("\"")
                    || s.startsWith("'") || s.startsWith("|") || s.startsWith(">") || s.startsWith("&") || s.startsWith("!")
                    || s.contains(": ") || s.endsWith(":")) {
                return null;
            }
            return Source.at(file, i + 1, indent + 1);
        }
        return null;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }

    /** The line without a trailing comment (a '#' after a space); good enough for plain scalars. */
    private static String withoutComment(String line) {
        int hash = line.indexOf(" #");
        if (line.stripLeading().startsWith("#")) return "";
        return hash < 0 ? line : line.substring(0, hash);
    }
}
