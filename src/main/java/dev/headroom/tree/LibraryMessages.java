package dev.headroom.tree;

/**
 * What a parser library says about a broken file, cut to its fixed description. Library messages quote the
 * offending text ({@code Unrecognized token 'AKIA…'}); a report must not show what a file holds beyond where the
 * problem is and what kind it is, since the file may be one headroom was not meant to read at all.
 */
final class LibraryMessages {

    /** snakeyaml phrases followed by the file's text, unquoted. */
    private static final java.util.List<String> ECHOING = java.util.List.of("found undefined alias",
            "found duplicate anchor", "found recursive anchor", "found unknown escape character", "found unknown tag",
            "found unexpected character", "but found");

    /**
     * snakeyaml's token kinds, as it names them after "but found" (quoted like text, but they are not the file's):
     * a report may name the kind, in words.
     */
    private static final java.util.Map<String, String> TOKEN_KINDS = java.util.Map.ofEntries(
            java.util.Map.entry("'-'", "a list item (-)"), java.util.Map.entry("'?'", "a complex key (?)"),
            java.util.Map.entry("':'", "a ':'"), java.util.Map.entry("','", "a ','"),
            java.util.Map.entry("'['", "a '['"), java.util.Map.entry("']'", "a ']'"),
            java.util.Map.entry("'{'", "a '{'"), java.util.Map.entry("'}'", "a '}'"),
            java.util.Map.entry("'<scalar>'", "a plain value"), java.util.Map.entry("'<alias>'", "an alias"),
            java.util.Map.entry("'<anchor>'", "an anchor"), java.util.Map.entry("'<tag>'", "a tag"),
            java.util.Map.entry("'<block end>'", "the end of a block"),
            java.util.Map.entry("'<block mapping start>'", "the start of a mapping"),
            java.util.Map.entry("'<block sequence start>'", "the start of a list"),
            java.util.Map.entry("'<document start>'", "a document start (---)"),
            java.util.Map.entry("'<document end>'", "a document end (...)"),
            java.util.Map.entry("'<directive>'", "a directive"), java.util.Map.entry("'<stream end>'", "the end of the file"));

    private LibraryMessages() {
    }

    /**
     * The first line of {@code message} without quoted or bracketed text: {@code Unrecognized token 'x': was
     * expecting (...)} becomes {@code Unrecognized token: was expecting}; {@code fallback} when nothing is left.
     */
    static String fixed(String message, String fallback) {
        if (message == null || message.isBlank()) return fallback;
        String line = message.strip().split("\\R", 2)[0];
        String kind = tokenKindAfter(line, "but found ");
        for (String phrase : ECHOING) {
            int at = line.indexOf(phrase);
            if (at >= 0) line = line.substring(0, at + phrase.length());
        }
        StringBuilder out = new StringBuilder();
        char quote = 0;
        int brackets = 0;
        for (int i = 0; i < line.length() && out.length() < 200; i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (brackets > 0) {
                if (c == '(' || c == '[') brackets++;
                else if (c == ')' || c == ']') brackets--;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '[') {
                brackets++;
            } else {
                out.append(c);
            }
        }
        String cut = out.toString().replaceAll("\\s+", " ").replaceAll("\\s+([:,.])", "$1")
                .replaceAll("[\\s:,]+$", "").strip();
        if (kind != null) cut = cut + " " + kind;
        return cut.isEmpty() ? fallback : cut;
    }

    /** The token kind, in words, that {@code line} names right after {@code phrase}; null when none does. */
    private static String tokenKindAfter(String line, String phrase) {
        int at = line.indexOf(phrase);
        if (at < 0) return null;
        String rest = line.substring(at + phrase.length());
        for (java.util.Map.Entry<String, String> e : TOKEN_KINDS.entrySet()) {
            if (rest.equals(e.getKey()) || rest.startsWith(e.getKey() + " ")) return e.getValue();
        }
        return null;
    }
}
