package dev.headroom.tree;

import dev.headroom.model.Source;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast path for the part of YAML that real CloudFormation, SAM and Serverless files use: block mappings and
 * sequences, single-line plain and quoted scalars, literal and folded block scalars, comments, CloudFormation
 * short-form tags and single-line flow collections. It builds the very tree that snakeyaml's path builds (same
 * nodes, values, tags and sources: it follows snakeyaml's scanner rule by rule for the constructs it takes) and
 * <em>declines</em> ({@link #parse} returns null) on anything else: anchors and aliases, directives, a document
 * marker other than a leading {@code ---}, complex keys, multi-line plain, quoted or flow values, tabs, carriage
 * returns, characters outside the Basic Multilingual Plane, unknown tags, any syntax error and any duplicate key,
 * so that snakeyaml reads such a file and reports on it exactly as before. Snakeyaml costs most of a scan's CPU
 * (a code point window with a method call per character, large methods the JIT compiles late); this path reads
 * the characters of the string directly.
 */
final class FastYaml {

    /** Thrown, without a stack trace, to give up on a file; the caller then parses it with snakeyaml. */
    private static final class Decline extends RuntimeException {
        private static final Decline INSTANCE = new Decline();

        private Decline() {
            super(null, null, false, false);
        }
    }

    /** Well inside {@link Limits#MAX_DEPTH} and {@link Limits#MAX_NODES}: a file near them goes to snakeyaml. */
    private static final int MAX_DEPTH = Limits.MAX_DEPTH / 2;
    private static final long MAX_NODES = Limits.MAX_NODES / 2;

    /** Snakeyaml drops a possible simple key longer than 1024 characters (then reports an error). */
    private static final int MAX_KEY = 1000;

    private final String file;
    private final String text;
    private final int n;
    private int pos;
    /** 0-based line of {@link #pos} and the index where that line starts: column = pos - lineStart. */
    private int line;
    private int lineStart;
    private long nodes;
    private BlockScalarEnd blockScalars;

    private FastYaml(String file, String text) {
        this.file = file;
        this.text = text;
        this.n = text.length();
    }

    /**
     * The tree of {@code text} (BOM already removed) exactly as snakeyaml's path would build it, or null when the
     * text uses anything this parser does not take.
     */
    static Document parse(String file, String text) {
        try {
            return parseOrThrow(file, text);
        } catch (RuntimeException e) {
            // a bug here must not cost the user the file: snakeyaml's path reads it (the tests see such bugs)
            return null;
        }
    }

    /** As {@link #parse}, but an unexpected exception (a bug) escapes: for the differential tests. */
    static Document parseOrThrow(String file, String text) {
        if (!plainCharacters(text)) return null;
        try {
            return new FastYaml(file, text).document();
        } catch (Decline | ParseException e) {
            // a construct outside the subset, a syntax error or a duplicate key: snakeyaml reads and reports it
            return null;
        }
    }

    /**
     * Only printable BMP characters, '\n' as the only line break and no tab: columns are then char offsets, as
     * snakeyaml counts code points, and snakeyaml would reject none of them.
     */
    private static boolean plainCharacters(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n') continue;
            if (c < 0xA0 || c >= 0xD800 && c < 0xE000 || c == 0xFEFF || c >= 0xFFFE) return false;
        }
        return true;
    }

    private Document document() throws ParseException {
        skipToNextToken();
        if (pos < n && column() == 0 && startsMarker("---")) {
            // a leading explicit document start; the root must follow on a later line
            pos += 3;
            skipSpaces();
            if (pos < n && text.charAt(pos) == '#') skipComment();
            if (pos < n && text.charAt(pos) != '\n') throw decline();
            skipToNextToken();
            if (pos >= n) throw decline();
        }
        Node root = null;
        if (pos < n) {
            root = blockNode(-1, 1);
            skipToNextToken();
            if (pos < n) throw decline();
        }
        return new Document(file, Syntax.YAML, root, List.of());
    }

    // ---- block context ----

    /** A node at {@link #pos} (a token start) inside a block collection at column {@code indent} (-1: root). */
    private Node blockNode(int indent, int depth) throws ParseException {
        if (depth > MAX_DEPTH) throw decline();
        char c = text.charAt(pos);
        if (c == '!') {
            int tagLine = line;
            int tagColumn = column();
            String longForm = tag();
            if (pos < n && text.charAt(pos) == ' ') skipSpaces();
            Node value;
            if (pos >= n || text.charAt(pos) == '\n' || text.charAt(pos) == '#') {
                // the tagged value starts on a later line: only a block collection is taken
                skipToNextToken();
                if (pos >= n || column() <= indent) throw decline();
                value = blockCollection(depth + 1, tagLine, tagColumn);
            } else {
                value = inlineValue(indent, depth + 1, tagLine, tagColumn);
            }
            return oneKeyMap(longForm, value);
        }
        return blockCollectionOrValue(indent, depth);
    }

    /** After a tag: a block sequence or mapping that starts at {@link #pos}, its start mark at the tag. */
    private Node blockCollection(int depth, int startLine, int startColumn) throws ParseException {
        char c = text.charAt(pos);
        if (c == '-' && blankAfter(pos + 1)) return blockSequence(column(), depth, startLine, startColumn);
        if (c == '!' || c == '|' || c == '>' || c == '[' || c == '{') throw decline();
        int keyColumn = column();
        ScalarNode key = blockKeyCandidate();
        if (key == null) throw decline();
        return blockMapping(keyColumn, depth, startLine, startColumn, key);
    }

    /** An untagged node at {@link #pos}: a block collection, or a value on this line. */
    private Node blockCollectionOrValue(int indent, int depth) throws ParseException {
        char c = text.charAt(pos);
        int startLine = line;
        int startColumn = column();
        if (c == '-' && blankAfter(pos + 1)) return blockSequence(startColumn, depth, startLine, startColumn);
        if (c == '"' || c == '\'' || plainStart(pos, false)) {
            int save = pos;
            ScalarNode key = blockKeyCandidate();
            if (key != null) return blockMapping(startColumn, depth, startLine, startColumn, key);
            pos = save;
        }
        return inlineValue(indent, depth, startLine, startColumn);
    }

    /**
     * A key at {@link #pos} if the scalar there is followed at once by ':' and a blank (the position is then
     * after the ':'); null (position unchanged) if the scalar is a value.
     */
    private ScalarNode blockKeyCandidate() throws ParseException {
        int start = pos;
        int startColumn = column();
        char c = text.charAt(pos);
        ScalarNode key;
        if (c == '"' || c == '\'') {
            key = quoted(line, startColumn, false);
        } else if (plainStart(pos, false)) {
            key = plain(line, startColumn, false, false);
        } else {
            throw decline();
        }
        if (pos < n && text.charAt(pos) == ':' && blankAfter(pos + 1)) {
            if (pos - start > MAX_KEY) throw decline();
            pos++;
            return key;
        }
        pos = start;
        return null;
    }

    /**
     * A block mapping at column {@code column} whose first key has been read (the position is after its ':').
     * Its start mark is {@code startLine:startColumn} (the first key, or the tag before it).
     */
    private Node blockMapping(int column, int depth, int startLine, int startColumn, ScalarNode firstKey)
            throws ParseException {
        count(1);
        MapBuilder entries = new MapBuilder();
        int[] end = {-1, -1};
        ScalarNode key = firstKey;
        while (true) {
            count(1);
            Node value = mappingValue(column, depth + 1);
            entries.add(key, value);
            furthest(end, key.source());
            furthest(end, value.source());
            skipToNextToken();
            if (pos >= n || column() < column) break;
            if (column() > column) throw decline();
            key = blockKeyCandidate();
            if (key == null) throw decline();
        }
        return entries.build(new Source(file, startLine + 1, startColumn + 1, end[0], end[1]));
    }

    /** The value after a block mapping's ':' (the position is just after it). */
    private Node mappingValue(int column, int depth) throws ParseException {
        int colonEndLine = line;
        int colonEnd = column();
        skipSpaces();
        if (pos < n && text.charAt(pos) != '\n' && text.charAt(pos) != '#') {
            return blockNodeOnLine(column, depth);
        }
        skipToNextToken();
        if (pos < n && (column() > column
                || column() == column && text.charAt(pos) == '-' && blankAfter(pos + 1))) {
            if (column() == column) return blockSequence(column, depth, line, column);
            return blockNode(column, depth);
        }
        // no value: an empty (null) scalar just after the ':'
        count(1);
        return new ScalarNode(null, "", Source.at(file, colonEndLine + 1, colonEnd + 1));
    }

    /** A value that starts on the line of its key or sequence entry: no block collection other than a nested one. */
    private Node blockNodeOnLine(int indent, int depth) throws ParseException {
        char c = text.charAt(pos);
        if (c == '!') return blockNode(indent, depth);
        int startLine = line;
        int startColumn = column();
        if (c == '-' && blankAfter(pos + 1)) throw decline();
        return inlineValue(indent, depth, startLine, startColumn);
    }

    /**
     * A block sequence whose first '-' is at {@link #pos} (column {@code column}); its start mark is
     * {@code startLine:startColumn}. Also an indentless sequence (a mapping value at the mapping's column).
     */
    private Node blockSequence(int column, int depth, int startLine, int startColumn) throws ParseException {
        if (depth > MAX_DEPTH) throw decline();
        count(1);
        List<Node> items = new ArrayList<>();
        int[] end = {-1, -1};
        while (true) {
            pos++; // the '-'
            skipSpaces();
            Node item;
            if (pos >= n || text.charAt(pos) == '\n' || text.charAt(pos) == '#') {
                skipToNextToken();
                if (pos >= n || column() <= column) throw decline(); // an empty entry
                item = blockNode(column, depth + 1);
            } else {
                item = blockNode(column, depth + 1);
            }
            items.add(item);
            furthest(end, item.source());
            skipToNextToken();
            if (pos >= n || column() < column) break;
            if (column() > column) throw decline();
            if (!(text.charAt(pos) == '-' && blankAfter(pos + 1))) break; // the parent mapping's next key
        }
        return new ListNode(items, new Source(file, startLine + 1, startColumn + 1, end[0], end[1]));
    }

    /**
     * A value that fits on this line: a block scalar, a flow collection, a quoted or a plain scalar; its start mark
     * is {@code startLine:startColumn} (the tag's, when there is one).
     */
    private Node inlineValue(int indent, int depth, int startLine, int startColumn) throws ParseException {
        if (depth > MAX_DEPTH) throw decline();
        char c = text.charAt(pos);
        Node value;
        if (c == '|' || c == '>') {
            return blockScalar(indent, startLine, startColumn);
        } else if (c == '[' || c == '{') {
            value = flowCollection(depth, startLine, startColumn);
        } else if (c == '"' || c == '\'') {
            value = quoted(startLine, startColumn, true);
        } else if (plainStart(pos, false)) {
            value = plain(startLine, startColumn, false, true);
            if (pos < n && text.charAt(pos) == ':') throw decline(); // a key here: not ours
        } else {
            throw decline();
        }
        endOfLine();
        return value;
    }

    /** After a value: only spaces and a comment may follow on its line. */
    private void endOfLine() {
        if (pos >= n || text.charAt(pos) == '\n') return;
        if (text.charAt(pos) != ' ') throw decline();
        skipSpaces();
        if (pos < n && text.charAt(pos) != '\n' && text.charAt(pos) != '#') throw decline();
    }

    // ---- scalars ----

    /**
     * A plain scalar from {@link #pos}, on this line (the position ends after its last non-space character). In the
     * block context it ends before ": ", " #" or the line's end; in the flow context also before ',', '[', ']',
     * '{', '}' and ':' followed by one of them.
     */
    private ScalarNode plain(int startLine, int startColumn, boolean flow, boolean counted) throws ParseException {
        int from = pos;
        int end = pos;
        int i = pos;
        while (true) {
            int j = i;
            while (j < n) {
                char c = text.charAt(j);
                if (c == ' ' || c == '\n') break;
                if (c == ':' && (j + 1 >= n || isBlankOrBreak(text.charAt(j + 1))
                        || flow && isFlowIndicator(text.charAt(j + 1)))) break;
                if (flow && isFlowIndicator(c)) break;
                j++;
            }
            if (j == i) break;
            end = j;
            int k = j;
            while (k < n && text.charAt(k) == ' ') k++;
            if (k == j || k >= n || text.charAt(k) == '\n' || text.charAt(k) == '#') break;
            i = k;
        }
        pos = end;
        String value = text.substring(from, end);
        if (value.equals("<<")) throw decline(); // a merge key
        if (counted) count(1);
        Source source = new Source(file, startLine + 1, startColumn + 1, line + 1, end - lineStart + 1);
        return YamlScalars.scalar(YamlCoreSchema.INSTANCE.resolve(value, true), value, source);
    }

    /** A single- or double-quoted scalar at {@link #pos} that ends on this line. */
    private ScalarNode quoted(int startLine, int startColumn, boolean counted) throws ParseException {
        char quote = text.charAt(pos);
        int i = pos + 1;
        StringBuilder value = null;
        int runStart = i;
        while (true) {
            if (i >= n) throw decline();
            char c = text.charAt(i);
            if (c == '\n') throw decline(); // multi-line: folding rules we leave to snakeyaml
            if (c == quote) {
                if (quote == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                    if (value == null) value = new StringBuilder();
                    value.append(text, runStart, i + 1);
                    i += 2;
                    runStart = i;
                    continue;
                }
                break;
            }
            if (c == '\\' && quote == '"') {
                if (value == null) value = new StringBuilder();
                value.append(text, runStart, i);
                i = escape(i + 1, value);
                runStart = i;
                continue;
            }
            i++;
        }
        String s = value == null ? text.substring(runStart, i) : value.append(text, runStart, i).toString();
        pos = i + 1;
        if (counted) count(1);
        Source source = new Source(file, startLine + 1, startColumn + 1, line + 1, column() + 1);
        return YamlScalars.scalar(Tag.STR, s, source);
    }

    /** The escape after a backslash at {@code i}, appended as snakeyaml reads it; the index after it. */
    private int escape(int i, StringBuilder value) {
        if (i >= n) throw decline();
        char c = text.charAt(i);
        String replacement = switch (c) {
            case '0' -> "\0";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 't' -> "\t";
            case 'n' -> "\n";
            case 'v' -> "\u000B";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'e' -> "\u001B";
            case ' ' -> " ";
            case '"' -> "\"";
            case '/' -> "/";
            case '\\' -> "\\";
            case 'N' -> "\u0085";
            case '_' -> "\u00A0";
            default -> null;
        };
        if (replacement != null) {
            value.append(replacement);
            return i + 1;
        }
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : -1;
        if (digits < 0 || i + 1 + digits > n) throw decline();
        int code = 0;
        for (int k = i + 1; k <= i + digits; k++) {
            int d = Character.digit(text.charAt(k), 16);
            if (d < 0 || text.charAt(k) > 'f') throw decline();
            code = code * 16 + d;
        }
        if (code < 0 || !Character.isValidCodePoint(code)) throw decline();
        value.appendCodePoint(code);
        return i + 1 + digits;
    }

    /**
     * A literal ({@code |}) or folded ({@code >}) block scalar whose indicator is at {@link #pos}, inside a block
     * collection at column {@code indent}; snakeyaml's {@code scanBlockScalar}, without indentation indicators.
     */
    private ScalarNode blockScalar(int indent, int startLine, int startColumn) throws ParseException {
        boolean folded = text.charAt(pos) == '>';
        pos++;
        char chomping = ' ';
        if (pos < n && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) chomping = text.charAt(pos++);
        if (pos < n && text.charAt(pos) != ' ' && text.charAt(pos) != '\n') throw decline();
        skipSpaces();
        if (pos < n && text.charAt(pos) == '#') skipComment();
        if (pos >= n || text.charAt(pos) != '\n') throw decline(); // empty, or more on the header line
        newLine();
        int minIndent = Math.max(1, indent + 1);
        // leading empty lines; the first non-empty line sets the indentation
        StringBuilder breaks = new StringBuilder();
        int endLine = line;
        int endColumn = 0;
        int maxEmpty = 0;
        while (pos < n && (text.charAt(pos) == ' ' || text.charAt(pos) == '\n')) {
            if (text.charAt(pos) == '\n') {
                breaks.append('\n');
                newLine();
                endLine = line;
                endColumn = 0;
            } else {
                pos++;
                maxEmpty = Math.max(maxEmpty, column());
            }
        }
        int first = column();
        if (first > 0 && first < maxEmpty) throw decline();
        int blockIndent = Math.max(minIndent, first);
        if (pos >= n || column() != blockIndent) throw decline(); // empty
        StringBuilder value = new StringBuilder();
        boolean lineBreak = false;
        while (pos < n && column() == blockIndent) {
            value.append(breaks);
            boolean leadingNonSpace = text.charAt(pos) != ' ';
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = n;
            value.append(text, pos, eol);
            pos = eol;
            lineBreak = pos < n;
            if (lineBreak) newLine();
            // snakeyaml's scanBlockScalarBreaks
            breaks.setLength(0);
            endLine = line;
            endColumn = column();
            while (column() < blockIndent && pos < n && text.charAt(pos) == ' ') pos++;
            while (pos < n && text.charAt(pos) == '\n') {
                breaks.append('\n');
                newLine();
                endLine = line;
                endColumn = 0;
                while (column() < blockIndent && pos < n && text.charAt(pos) == ' ') pos++;
            }
            if (pos < n && column() == blockIndent) {
                if (folded && lineBreak && leadingNonSpace && text.charAt(pos) != ' ') {
                    if (breaks.length() == 0) value.append(' ');
                } else if (lineBreak) {
                    value.append('\n');
                }
            } else {
                break;
            }
        }
        if (chomping != '-' && lineBreak) value.append('\n');
        if (chomping == '+') value.append(breaks);
        count(1);
        Source source = null;
        if (endColumn == 0 && endLine > startLine) {
            if (blockScalars == null) blockScalars = new BlockScalarEnd(text);
            int[] last = blockScalars.lastContent(startLine, endLine);
            if (last != null) source = new Source(file, startLine + 1, startColumn + 1, last[0], last[1]);
        }
        if (source == null) source = new Source(file, startLine + 1, startColumn + 1, endLine + 1, endColumn + 1);
        return ScalarNode.string(value.toString(), source);
    }

    // ---- flow context (on one line) ----

    /** A flow sequence or mapping at {@link #pos}, closed on this line; its start mark is given (the tag's). */
    private Node flowCollection(int depth, int startLine, int startColumn) throws ParseException {
        if (depth > MAX_DEPTH) throw decline();
        count(1);
        boolean sequence = text.charAt(pos) == '[';
        char close = sequence ? ']' : '}';
        pos++;
        flowSpaces();
        List<Node> items = sequence ? new ArrayList<>() : null;
        MapBuilder entries = sequence ? null : new MapBuilder();
        if (text.charAt(pos) != close) {
            while (true) {
                if (sequence) {
                    items.add(flowNode(depth + 1));
                    flowSpaces();
                } else {
                    ScalarNode key = flowKey();
                    pos++; // ':'
                    if (pos >= n || text.charAt(pos) != ' ') throw decline();
                    flowSpaces();
                    char c = text.charAt(pos);
                    if (c == ',' || c == '}' || c == ']') throw decline(); // an empty value
                    count(1);
                    entries.add(key, flowNode(depth + 1));
                    flowSpaces();
                }
                char c = text.charAt(pos);
                if (c == close) break;
                if (c != ',') throw decline();
                pos++;
                flowSpaces();
                if (text.charAt(pos) == close || text.charAt(pos) == ',') throw decline(); // a trailing comma
            }
        }
        pos++; // the closing bracket
        Source source = new Source(file, startLine + 1, startColumn + 1, line + 1, column() + 1);
        return sequence ? new ListNode(items, source) : entries.build(source);
    }

    /** A key of a flow mapping: a plain or quoted scalar followed at once by ':' (the position is at the ':'). */
    private ScalarNode flowKey() throws ParseException {
        char c = text.charAt(pos);
        ScalarNode key;
        if (c == '"' || c == '\'') {
            key = quoted(line, column(), false);
        } else if (plainStart(pos, true)) {
            key = plain(line, column(), true, false);
        } else {
            throw decline();
        }
        if (pos >= n || text.charAt(pos) != ':') throw decline();
        return key;
    }

    /** A node inside a flow collection: a scalar, a nested flow collection, or either after a short-form tag. */
    private Node flowNode(int depth) throws ParseException {
        if (depth > MAX_DEPTH) throw decline();
        char c = text.charAt(pos);
        int startLine = line;
        int startColumn = column();
        if (c == '!') {
            String longForm = tag();
            if (pos >= n || text.charAt(pos) != ' ') throw decline();
            flowSpaces();
            return oneKeyMap(longForm, flowValue(depth + 1, startLine, startColumn));
        }
        return flowValue(depth, startLine, startColumn);
    }

    private Node flowValue(int depth, int startLine, int startColumn) throws ParseException {
        char c = text.charAt(pos);
        Node value;
        if (c == '[' || c == '{') {
            value = flowCollection(depth, startLine, startColumn);
        } else if (c == '"' || c == '\'') {
            value = quoted(startLine, startColumn, true);
        } else if (plainStart(pos, true)) {
            value = plain(startLine, startColumn, true, true);
        } else {
            throw decline();
        }
        // a ':' after an entry makes a one-pair mapping (or is an error): not ours
        if (pos < n && text.charAt(pos) == ':') throw decline();
        return value;
    }

    /** Spaces inside a flow collection; the collection must go on on this line. */
    private void flowSpaces() {
        skipSpaces();
        if (pos >= n || text.charAt(pos) == '\n' || text.charAt(pos) == '#') throw decline();
    }

    // ---- tags, marks, helpers ----

    /** A CloudFormation short-form tag at {@link #pos} ('!'), followed by a blank; its long-form key. */
    private String tag() {
        int start = pos;
        int i = pos + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) break;
            i++;
        }
        if (i < n && text.charAt(i) != ' ' && text.charAt(i) != '\n') throw decline();
        String longForm = CfnTags.longForm(text.substring(start, i));
        if (longForm == null) throw decline(); // an unknown tag: snakeyaml's path reports it
        pos = i;
        return longForm;
    }

    /** {@code !Sub x} as {@code {Fn::Sub: x}}: the key at the value's start, the map over the value's range. */
    private Node oneKeyMap(String longForm, Node value) {
        count(2);
        Source range = value.source();
        ScalarNode key = ScalarNode.string(longForm, Source.at(file, range.line(), range.column()));
        return new MapNode(List.of(new MapNode.Entry(key, value)), range);
    }

    /**
     * Whether a plain scalar may start at {@code i}: not an indicator, except '-' before a non-blank (and, in the
     * flow context, not before ',' or ']'). '?' and ':' starts, which snakeyaml also takes, are left to it.
     */
    private boolean plainStart(int i, boolean flow) {
        char c = text.charAt(i);
        switch (c) {
            case '-' -> {
                if (i + 1 >= n) return false;
                char next = text.charAt(i + 1);
                return !isBlankOrBreak(next) && !(flow && (next == ',' || next == ']'));
            }
            case ' ', '\n', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private static boolean isBlankOrBreak(char c) {
        return c == ' ' || c == '\n';
    }

    private static boolean isFlowIndicator(char c) {
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    /** Whether the character at {@code i} is a blank, a line break or the end. */
    private boolean blankAfter(int i) {
        return i >= n || isBlankOrBreak(text.charAt(i));
    }

    /** Keeps the end of the later of two ranges ({line, column}, both 1-based) in {@code end}. */
    private static void furthest(int[] end, Source s) {
        if (s.endLine() > end[0] || s.endLine() == end[0] && s.endColumn() > end[1]) {
            end[0] = s.endLine();
            end[1] = s.endColumn();
        }
    }

    private int column() {
        return pos - lineStart;
    }

    private void skipSpaces() {
        while (pos < n && text.charAt(pos) == ' ') pos++;
    }

    private void skipComment() {
        int eol = text.indexOf('\n', pos);
        pos = eol < 0 ? n : eol;
    }

    /** Past the '\n' at {@link #pos}. */
    private void newLine() {
        pos++;
        line++;
        lineStart = pos;
    }

    /**
     * Past spaces, comments and line breaks to the next token. A token at column 0 that starts a document marker
     * or a directive is declined (a second document, or one we do not read).
     */
    private void skipToNextToken() {
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == ' ') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\n') {
                newLine();
            } else {
                break;
            }
        }
        if (pos < n && column() == 0 && (startsMarker("---") || startsMarker("...") || text.charAt(pos) == '%')) {
            // a leading '---' is handled by document(); any other marker or directive is not ours
            if (!(startsMarker("---") && onlyBlankBefore())) throw decline();
        }
    }

    private boolean startsMarker(String marker) {
        return text.startsWith(marker, pos) && blankAfter(pos + 3);
    }

    /** Whether only spaces, comments and line breaks come before {@link #pos}. */
    private boolean onlyBlankBefore() {
        int i = 0;
        while (i < pos) {
            char c = text.charAt(i);
            if (c == '#') {
                int eol = text.indexOf('\n', i);
                if (eol < 0 || eol > pos) return false;
                i = eol;
            } else if (c != ' ' && c != '\n') {
                return false;
            } else {
                i++;
            }
        }
        return true;
    }

    private void count(long added) {
        nodes += added;
        if (nodes > MAX_NODES) throw decline();
    }

    private static Decline decline() {
        return Decline.INSTANCE;
    }
}
