package dev.headroom.tree;

import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast path for the part of YAML that real CloudFormation, SAM and Serverless files use: block mappings and
 * sequences, plain and quoted scalars, literal and folded block scalars, comments, tags (CloudFormation's short
 * forms, and unknown ones reported as snakeyaml's path reports them) and flow collections. It builds the very tree that snakeyaml's path builds (same
 * nodes, values, tags and sources: it follows snakeyaml's scanner rule by rule for the constructs it takes) and
 * <em>declines</em> ({@link #parse} returns null) on anything else: anchors and aliases, directives, a document
 * marker other than a leading {@code ---}, complex keys, explicit and standard ({@code !!}) tags, tabs, carriage
 * returns, characters outside the Basic Multilingual Plane, any syntax error and any duplicate key,
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
    /** The text's characters: read directly, without a call per character (which costs before the JIT's C2). */
    private final char[] cs;
    private final int n;
    private int pos;
    /** 0-based line of {@link #pos} and the index where that line starts: column = pos - lineStart. */
    private int line;
    private int lineStart;
    private long nodes;
    /** Whether the leading directive and document start are behind: a later one is declined. */
    private boolean started;
    /** HR900 problems for tags CloudFormation does not know, in document order (as snakeyaml's path finds them). */
    private final List<Problem> problems = new ArrayList<>();

    private FastYaml(String file, String text, char[] cs) {
        this.file = file;
        this.text = text;
        this.cs = cs;
        this.n = cs.length;
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
        char[] cs = text.toCharArray();
        if (!plainCharacters(cs)) return null;
        try {
            return new FastYaml(file, text, cs).document();
        } catch (Decline | ParseException e) {
            // a construct outside the subset, a syntax error or a duplicate key: snakeyaml reads and reports it
            return null;
        }
    }

    /**
     * Only printable BMP characters, '\n' as the only line break and no tab: columns are then char offsets, as
     * snakeyaml counts code points, and snakeyaml would reject none of them.
     */
    private static boolean plainCharacters(char[] cs) {
        for (char c : cs) {
            if (c >= 0x20 && c < 0x7F || c == '\n') continue;
            if (c < 0xA0 || c >= 0xD800 && c < 0xE000 || c == 0xFEFF || c >= 0xFFFE) return false;
        }
        return true;
    }

    private Document document() throws ParseException {
        skipToNextToken();
        boolean directive = false;
        if (pos < n && column() == 0 && (text.startsWith("%YAML 1.1", pos) || text.startsWith("%YAML 1.2", pos))) {
            // a version directive snakeyaml accepts (it reads 1.1 as 1.2); a document start must follow
            pos += 9;
            restOfMarkerLine();
            skipToNextToken();
            directive = true;
        }
        if (pos < n && column() == 0 && startsMarker("---")) {
            // an explicit document start; the root must follow on a later line
            pos += 3;
            restOfMarkerLine();
            started = true;
        } else if (directive) {
            throw decline();
        }
        boolean explicit = started;
        started = true;
        skipToNextToken();
        if (explicit && pos >= n) throw decline(); // an empty explicit document: snakeyaml gives an empty scalar
        Node root = null;
        if (pos < n) {
            root = blockNode(-1, 1, false);
            skipToNextToken();
            if (pos < n) throw decline();
        }
        return new Document(file, Syntax.YAML, root, problems);
    }

    // ---- block context ----

    /**
     * A node at {@link #pos} (a token start) inside a block collection at column {@code indent} (-1: root), as an
     * entry of a block sequence ({@code sequenceEntry}) or else a mapping's value or the root.
     */
    private Node blockNode(int indent, int depth, boolean sequenceEntry) throws ParseException {
        if (depth > MAX_DEPTH) throw decline();
        char c = cs[pos];
        if (c == '!') {
            int tagLine = line;
            int tagColumn = column();
            String longForm = longForm(tag(), tagLine, tagColumn);
            int tagEnd = column();
            if (pos < n && cs[pos] == ' ') skipSpaces();
            Node value;
            if (pos >= n || cs[pos] == '\n' || cs[pos] == '#') {
                // the tagged value starts on a later line, or is empty
                skipToNextToken();
                boolean entry = pos < n && cs[pos] == '-' && blankAfter(pos + 1);
                if (pos >= n || column() < indent || column() == indent && (!entry || sequenceEntry)) {
                    // an empty value: a null over the tag
                    count(1);
                    value = new ScalarNode(null, "", new Source(file, tagLine + 1, tagColumn + 1, tagLine + 1, tagEnd + 1));
                } else if (column() == indent) {
                    // a mapping's value: a sequence at the mapping's column, tagged
                    value = blockSequence(indent, depth + 1, tagLine, tagColumn);
                } else {
                    value = blockCollectionOrValue(indent, depth + 1, tagLine, tagColumn);
                }
            } else {
                value = inlineValue(indent, depth + 1, tagLine, tagColumn);
            }
            return tagged(longForm, value);
        }
        return blockCollectionOrValue(indent, depth, line, column());
    }

    /**
     * The node at {@link #pos} without its tag: a block collection, or a value that starts on this line. Its start
     * mark is {@code startLine:startColumn} (the tag's, when there is one).
     */
    private Node blockCollectionOrValue(int indent, int depth, int startLine, int startColumn) throws ParseException {
        char c = cs[pos];
        int column = column();
        if (c == '-' && blankAfter(pos + 1)) return blockSequence(column, depth, startLine, startColumn);
        if (c == '"' || c == '\'' || plainStart(pos, false)) {
            ScalarNode key = blockKeyCandidate();
            if (key != null) return blockMapping(column, depth, startLine, startColumn, key);
        }
        return inlineValue(indent, depth, startLine, startColumn);
    }

    /**
     * A key at {@link #pos} if the scalar there is followed, on its line, by ':' and a blank (the position is then
     * after the ':'); null (position unchanged) if the scalar is a value.
     */
    private ScalarNode blockKeyCandidate() throws ParseException {
        int start = pos;
        int startLine = line;
        int startLineStart = lineStart;
        int startColumn = column();
        char c = cs[pos];
        ScalarNode key;
        if (c == '"' || c == '\'') {
            key = quoted(line, startColumn, false);
        } else if (plainStart(pos, false)) {
            key = plain(line, startColumn, false, false, -1, false);
        } else {
            throw decline();
        }
        if (line == startLine) {
            skipSpaces();
            if (pos < n && cs[pos] == ':' && blankAfter(pos + 1)) {
                if (pos - start > MAX_KEY) throw decline();
                pos++;
                return key;
            }
        }
        pos = start;
        line = startLine;
        lineStart = startLineStart;
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
        if (pos < n && cs[pos] != '\n' && cs[pos] != '#') {
            return blockNodeOnLine(column, depth);
        }
        skipToNextToken();
        if (pos < n && (column() > column
                || column() == column && cs[pos] == '-' && blankAfter(pos + 1))) {
            if (column() == column) return blockSequence(column, depth, line, column);
            return blockNode(column, depth, false);
        }
        // no value: an empty (null) scalar just after the ':'
        count(1);
        return new ScalarNode(null, "", Source.at(file, colonEndLine + 1, colonEnd + 1));
    }

    /** A value that starts on the line of its key or sequence entry: no block collection other than a nested one. */
    private Node blockNodeOnLine(int indent, int depth) throws ParseException {
        char c = cs[pos];
        if (c == '!') return blockNode(indent, depth, false);
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
            int dashLine = line;
            int dashColumn = column();
            pos++; // the '-'
            skipSpaces();
            Node item;
            if (pos >= n || cs[pos] == '\n' || cs[pos] == '#') {
                skipToNextToken();
                if (pos >= n || column() <= column) {
                    // an empty entry: a null just after its '-'
                    count(1);
                    item = new ScalarNode(null, "", Source.at(file, dashLine + 1, dashColumn + 2));
                } else {
                    item = blockNode(column, depth + 1, true);
                }
            } else {
                item = blockNode(column, depth + 1, true);
            }
            items.add(item);
            furthest(end, item.source());
            skipToNextToken();
            if (pos >= n || column() < column) break;
            if (column() > column) throw decline();
            if (!(cs[pos] == '-' && blankAfter(pos + 1))) break; // the parent mapping's next key
        }
        return new ListNode(items, new Source(file, startLine + 1, startColumn + 1, end[0], end[1]));
    }

    /**
     * A value that fits on this line: a block scalar, a flow collection, a quoted or a plain scalar; its start mark
     * is {@code startLine:startColumn} (the tag's, when there is one).
     */
    private Node inlineValue(int indent, int depth, int startLine, int startColumn) throws ParseException {
        if (depth > MAX_DEPTH) throw decline();
        char c = cs[pos];
        Node value;
        if (c == '|' || c == '>') {
            return blockScalar(indent, startLine, startColumn);
        } else if (c == '[' || c == '{') {
            value = flowCollection(depth, startLine, startColumn);
        } else if (c == '"' || c == '\'') {
            value = quoted(startLine, startColumn, true);
        } else if (plainStart(pos, false)) {
            value = plain(startLine, startColumn, false, true, indent, true);
            if (pos < n && cs[pos] == ':') throw decline(); // a key here: not ours
        } else {
            throw decline();
        }
        endOfLine();
        return value;
    }

    /** After a value: only spaces and a comment may follow on its line. */
    private void endOfLine() {
        if (pos >= n || cs[pos] == '\n') return;
        if (cs[pos] != ' ') throw decline();
        skipSpaces();
        if (pos < n && cs[pos] != '\n' && cs[pos] != '#') throw decline();
    }

    // ---- scalars ----

    /**
     * A plain scalar from {@link #pos}; snakeyaml's {@code scanPlain}. In the block context it ends before ": ",
     * " #" or a line break, and goes on over line breaks ({@code multiLine}) to lines indented more than
     * {@code indent} (the innermost block collection's column); in the flow context it also ends before ',', '[',
     * ']', '{', '}' and a ':' followed by one of them, and never goes on to another line. The position ends after its
     * last non-space character.
     */
    private ScalarNode plain(int startLine, int startColumn, boolean flow, boolean counted, int indent,
            boolean multiLine) throws ParseException {
        StringBuilder folded = null;
        String pendingFold = null; // what a line break folded to, appended with the next part
        int from = pos;
        int end = pos;
        int endLine = line;
        int endLineStart = lineStart;
        int i = pos;
        int spacesFrom = pos; // start of the spaces before the current part (none for the first)
        while (true) {
            int j = i;
            while (j < n) {
                char c = cs[j];
                if (c == ' ' || c == '\n') break;
                if (c == ':' && (j + 1 >= n || isBlankOrBreak(cs[j + 1])
                        || flow && isFlowIndicator(cs[j + 1]))) break;
                if (flow && isFlowIndicator(c)) break;
                j++;
            }
            if (j == i) break;
            if (pendingFold != null) {
                if (folded == null) folded = new StringBuilder().append(cs, from, end - from);
                folded.append(pendingFold);
                pendingFold = null;
            }
            if (folded != null) folded.append(cs, spacesFrom, j - spacesFrom);
            end = j;
            endLine = line;
            endLineStart = lineStart;
            int k = j;
            while (k < n && cs[k] == ' ') k++;
            if (k >= n || cs[k] == '#' && k > j) break;
            if (cs[k] != '\n') {
                if (k == j) break;
                spacesFrom = j; // spaces inside a line stay, if more of the scalar follows
                i = k;
                continue;
            }
            // a line break: the scalar may go on on a later line
            if (flow) {
                flowPlainEnds(k);
                break;
            }
            if (!multiLine) break;
            int breaks = 0;
            int p = k;
            int pLine = line;
            int pLineStart = lineStart;
            while (true) {
                // p is at a '\n'
                p++;
                pLine++;
                pLineStart = p;
                if (text.startsWith("---", p) || text.startsWith("...", p)) throw decline();
                while (p < n && cs[p] == ' ') p++;
                if (p < n && cs[p] == '\n') {
                    breaks++;
                    continue;
                }
                break;
            }
            if (p >= n || cs[p] == '#' || p - pLineStart < indent + 1) break;
            // the next line goes on with the scalar: one space for one line break, else the extra breaks
            pendingFold = breaks == 0 ? " " : "\n".repeat(breaks);
            line = pLine;
            lineStart = pLineStart;
            i = p;
            spacesFrom = p;
        }
        pos = end;
        line = endLine;
        lineStart = endLineStart;
        String value = folded != null ? folded.toString() : text.substring(from, end);
        if (value.equals("<<")) throw decline(); // a merge key
        if (counted) count(1);
        Source source = new Source(file, startLine + 1, startColumn + 1, line + 1, end - lineStart + 1);
        return YamlScalars.scalar(YamlCoreSchema.INSTANCE.resolve(value, true), value, source);
    }

    /**
     * A plain scalar in a flow collection is followed by a line break at {@code k}: it ends there if what comes
     * next (past blank lines) is a comment or a flow indicator, else it would go on: not ours.
     */
    private void flowPlainEnds(int k) {
        int p = k;
        while (p < n && (cs[p] == ' ' || cs[p] == '\n')) {
            if (cs[p] == '\n' && (text.startsWith("---", p + 1) || text.startsWith("...", p + 1))) {
                throw decline();
            }
            p++;
        }
        if (p >= n || !(cs[p] == '#' || isFlowIndicator(cs[p]))) throw decline();
    }

    /**
     * A single- or double-quoted scalar at {@link #pos}; snakeyaml's {@code scanFlowScalar}: a line break with the
     * spaces around it folds to one space, each further line break stays.
     */
    private ScalarNode quoted(int startLine, int startColumn, boolean counted) throws ParseException {
        char quote = cs[pos];
        boolean doubleQuoted = quote == '"';
        int i = pos + 1;
        StringBuilder value = null;
        int runStart = i;
        while (true) {
            if (i >= n) throw decline();
            char c = cs[i];
            if (c == quote) {
                if (!doubleQuoted && i + 1 < n && cs[i + 1] == '\'') {
                    if (value == null) value = new StringBuilder();
                    value.append(cs, runStart, i + 1 - runStart);
                    i += 2;
                    runStart = i;
                    continue;
                }
                break;
            }
            if (c == '\\' && doubleQuoted) {
                if (value == null) value = new StringBuilder();
                value.append(cs, runStart, i - runStart);
                if (i + 1 < n && cs[i + 1] == '\n') {
                    // an escaped line break: the lines join without a space
                    pos = i + 1;
                    newLine();
                    quotedBreaks(value);
                    i = pos;
                } else {
                    i = escape(i + 1, value);
                }
                runStart = i;
                continue;
            }
            if (c == ' ' || c == '\n') {
                int k = i;
                while (k < n && cs[k] == ' ') k++;
                if (k >= n) throw decline();
                if (cs[k] != '\n') {
                    i = k; // spaces inside a line stay as they are
                    continue;
                }
                if (value == null) value = new StringBuilder();
                value.append(cs, runStart, i - runStart);
                pos = k;
                newLine();
                int breaks = quotedBreaks(value);
                if (breaks == 0) value.append(' ');
                i = pos;
                runStart = i;
                continue;
            }
            i++;
        }
        String s = value == null ? text.substring(runStart, i) : value.append(cs, runStart, i - runStart).toString();
        pos = i + 1;
        if (counted) count(1);
        Source source = new Source(file, startLine + 1, startColumn + 1, line + 1, column() + 1);
        return YamlScalars.scalar(Tag.STR, s, source);
    }

    /**
     * snakeyaml's {@code scanFlowScalarBreaks} at the start of a line inside a quoted scalar: skips leading spaces
     * and appends the break of each further empty line; how many it appended.
     */
    private int quotedBreaks(StringBuilder value) {
        int breaks = 0;
        while (true) {
            if (text.startsWith("---", pos) || text.startsWith("...", pos)) throw decline();
            skipSpaces();
            if (pos < n && cs[pos] == '\n') {
                value.append('\n');
                breaks++;
                newLine();
            } else {
                return breaks;
            }
        }
    }

    /** The escape after a backslash at {@code i}, appended as snakeyaml reads it; the index after it. */
    private int escape(int i, StringBuilder value) {
        if (i >= n) throw decline();
        char c = cs[i];
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
            int d = Character.digit(cs[k], 16);
            if (d < 0 || cs[k] > 'f') throw decline();
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
        boolean folded = cs[pos] == '>';
        pos++;
        char chomping = ' ';
        if (pos < n && (cs[pos] == '-' || cs[pos] == '+')) chomping = cs[pos++];
        if (pos < n && cs[pos] != ' ' && cs[pos] != '\n') throw decline();
        skipSpaces();
        if (pos < n && cs[pos] == '#') skipComment();
        if (pos >= n || cs[pos] != '\n') throw decline(); // empty, or more on the header line
        newLine();
        // the last line with content, where a finding about the scalar should point (as BlockScalarEnd finds it)
        int lastLine = -1;
        int lastEnd = 0;
        int minIndent = Math.max(1, indent + 1);
        // leading empty lines; the first non-empty line sets the indentation
        StringBuilder breaks = new StringBuilder();
        int endLine = line;
        int endColumn = 0;
        int maxEmpty = 0;
        while (pos < n && (cs[pos] == ' ' || cs[pos] == '\n')) {
            if (cs[pos] == '\n') {
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
            boolean leadingNonSpace = cs[pos] != ' ';
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = n;
            value.append(cs, pos, eol - pos);
            int to = eol;
            while (to > lineStart && Character.isWhitespace(cs[to - 1])) to--;
            if (to > lineStart) {
                lastLine = line;
                lastEnd = to - lineStart;
            }
            pos = eol;
            lineBreak = pos < n;
            if (lineBreak) newLine();
            // snakeyaml's scanBlockScalarBreaks
            breaks.setLength(0);
            endLine = line;
            endColumn = column();
            while (column() < blockIndent && pos < n && cs[pos] == ' ') pos++;
            while (pos < n && cs[pos] == '\n') {
                breaks.append('\n');
                newLine();
                endLine = line;
                endColumn = 0;
                while (column() < blockIndent && pos < n && cs[pos] == ' ') pos++;
            }
            if (pos < n && column() == blockIndent) {
                if (folded && lineBreak && leadingNonSpace && cs[pos] != ' ') {
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
            if (lastLine >= 0) {
                source = new Source(file, startLine + 1, startColumn + 1, lastLine + 1, lastEnd + 1);
            } else {
                // no content line holds more than white space: the header's line or one before it
                int[] last = new BlockScalarEnd(text).lastContent(startLine, endLine);
                if (last != null) source = new Source(file, startLine + 1, startColumn + 1, last[0], last[1]);
            }
        }
        if (source == null) source = new Source(file, startLine + 1, startColumn + 1, endLine + 1, endColumn + 1);
        return ScalarNode.string(value.toString(), source);
    }

    // ---- flow context ----

    /** A flow sequence or mapping at {@link #pos}; its start mark is given (the tag's, when there is one). */
    private Node flowCollection(int depth, int startLine, int startColumn) throws ParseException {
        if (depth > MAX_DEPTH) throw decline();
        count(1);
        boolean sequence = cs[pos] == '[';
        char close = sequence ? ']' : '}';
        pos++;
        flowGap();
        List<Node> items = sequence ? new ArrayList<>() : null;
        MapBuilder entries = sequence ? null : new MapBuilder();
        if (cs[pos] != close) {
            while (true) {
                if (sequence) {
                    items.add(flowSequenceEntry(depth + 1));
                } else {
                    ScalarNode key = flowKey();
                    count(1);
                    entries.add(key, flowValueAfterColon(depth + 1));
                }
                flowGap();
                char c = cs[pos];
                if (c == close) break;
                if (c != ',') throw decline();
                pos++;
                flowGap();
                if (cs[pos] == close) break; // a trailing comma adds nothing
                if (cs[pos] == ',') throw decline();
            }
        }
        pos++; // the closing bracket
        Source source = new Source(file, startLine + 1, startColumn + 1, line + 1, column() + 1);
        return sequence ? new ListNode(items, source) : entries.build(source);
    }

    /**
     * An entry of a flow sequence: a node, or a single pair {@code key: value}, which snakeyaml reads as a one-entry
     * mapping from the key's start to the end of the ',' or ']' after it.
     */
    private Node flowSequenceEntry(int depth) throws ParseException {
        int start = pos;
        int startLine = line;
        int startColumn = column();
        char c = cs[pos];
        Node item = flowNode(depth);
        if (pos >= n || cs[pos] != ':') return item;
        // a single pair: its key is an untagged scalar on one line
        if (c == '!' || c == '[' || c == '{' || line != startLine || pos - start > MAX_KEY
                || !(item instanceof ScalarNode key)) {
            throw decline();
        }
        if (depth + 1 > MAX_DEPTH) throw decline();
        count(1);
        MapBuilder pair = new MapBuilder();
        pair.add(key, flowValueAfterColon(depth + 1));
        flowGap();
        char next = cs[pos];
        if (next != ',' && next != ']') throw decline();
        return pair.build(new Source(file, startLine + 1, startColumn + 1, line + 1, column() + 2));
    }

    /** After a flow key, at its ':': the value, which must not be empty. */
    private Node flowValueAfterColon(int depth) throws ParseException {
        pos++; // ':'
        if (pos >= n || !isBlankOrBreak(cs[pos])) throw decline();
        flowGap();
        char c = cs[pos];
        if (c == ',' || c == '}' || c == ']') throw decline(); // an empty value
        Node value = flowNode(depth);
        if (pos < n && cs[pos] == ':') throw decline(); // a key after a key
        return value;
    }

    /** A key of a flow mapping: a plain or quoted scalar on one line, followed at once by ':'. */
    private ScalarNode flowKey() throws ParseException {
        char c = cs[pos];
        int keyStart = pos;
        int keyLine = line;
        ScalarNode key;
        if (c == '"' || c == '\'') {
            key = quoted(line, column(), false);
        } else if (plainStart(pos, true)) {
            key = plain(line, column(), true, false, -1, false);
        } else {
            throw decline();
        }
        if (pos >= n || cs[pos] != ':' || line != keyLine || pos - keyStart > MAX_KEY) throw decline();
        return key;
    }

    /** A node inside a flow collection: a scalar, a nested flow collection, or either after a tag. */
    private Node flowNode(int depth) throws ParseException {
        if (depth > MAX_DEPTH) throw decline();
        char c = cs[pos];
        int startLine = line;
        int startColumn = column();
        if (c == '!') {
            String longForm = longForm(tag(), startLine, startColumn);
            if (pos >= n || cs[pos] != ' ') throw decline();
            flowGap();
            char next = cs[pos];
            if (next == ',' || next == ']' || next == '}' || next == '!') throw decline(); // empty, or two tags
            return tagged(longForm, flowValue(depth + 1, startLine, startColumn));
        }
        return flowValue(depth, startLine, startColumn);
    }

    private Node flowValue(int depth, int startLine, int startColumn) throws ParseException {
        char c = cs[pos];
        if (c == '[' || c == '{') return flowCollection(depth, startLine, startColumn);
        if (c == '"' || c == '\'') return quoted(startLine, startColumn, true);
        if (plainStart(pos, true)) return plain(startLine, startColumn, true, true, -1, false);
        throw decline();
    }

    /**
     * Spaces, line breaks and comments between the tokens of a flow collection (which ignores indentation); the
     * collection must go on.
     */
    private void flowGap() {
        while (true) {
            skipSpaces();
            if (pos >= n) throw decline();
            char c = cs[pos];
            if (c == '#') {
                // a comment only after a blank: "a#b" is text, and snakeyaml's reading of '"a"#b' is not ours
                if (pos > 0 && !isBlankOrBreak(cs[pos - 1])) throw decline();
                skipComment();
            } else if (c == '\n') {
                newLine();
                if (text.startsWith("---", pos) || text.startsWith("...", pos)) throw decline();
            } else {
                return;
            }
        }
    }

    // ---- tags, marks, helpers ----

    /**
     * A tag at {@link #pos} ('!'), followed by a blank: its text ({@code !Ref}). Only the primary handle with
     * letters, digits and {@code :_.-} is taken; snakeyaml reads those characters the same way.
     */
    private String tag() {
        int start = pos;
        int i = pos + 1;
        while (i < n) {
            char c = cs[i];
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ':' || c == '_'
                    || c == '.' || c == '-')) {
                break;
            }
            i++;
        }
        if (i == start + 1 || i < n && cs[i] != ' ' && cs[i] != '\n') throw decline();
        String tag = text.substring(start, i);
        if (tag.equals(Tag.ENV_TAG.getValue())) throw decline();
        pos = i;
        return tag;
    }

    /**
     * The key a tagged value goes under: a short form's long form ({@code !Sub} → {@code Fn::Sub}); a tag
     * CloudFormation does not know is an HR900 problem at the tag (reported before any inside its value, as
     * snakeyaml's path reports them), and the value goes under the tag's name.
     */
    private String longForm(String tag, int tagLine, int tagColumn) {
        String longForm = CfnTags.longForm(tag);
        if (longForm != null) return longForm;
        problems.add(YamlTree.unsupportedTag(Source.at(file, tagLine + 1, tagColumn + 1), tag));
        return YamlTree.unsupportedTagKey(tag);
    }

    /** {@code !Sub x} as {@code {Fn::Sub: x}}, as snakeyaml's path builds it ({@link YamlTree#tagMap}). */
    private Node tagged(String longForm, Node value) {
        count(2);
        return YamlTree.tagMap(file, longForm, value);
    }

    /**
     * Whether a plain scalar may start at {@code i} (snakeyaml's {@code checkPlain}): not an indicator, except '-'
     * before a non-blank (in the flow context, not before ',' or ']'), and in the block context '?' and ':' before a
     * non-blank. (snakeyaml also takes '?' in the flow context: left to it.)
     */
    private boolean plainStart(int i, boolean flow) {
        char c = cs[i];
        switch (c) {
            case '-' -> {
                if (i + 1 >= n) return false;
                char next = cs[i + 1];
                return !isBlankOrBreak(next) && !(flow && (next == ',' || next == ']'));
            }
            case '?', ':' -> {
                return !flow && i + 1 < n && !isBlankOrBreak(cs[i + 1]);
            }
            case ' ', '\n', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> {
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
        return i >= n || isBlankOrBreak(cs[i]);
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
        while (pos < n && cs[pos] == ' ') pos++;
    }

    private void skipComment() {
        int eol = text.indexOf('\n', pos);
        pos = eol < 0 ? n : eol;
    }

    /** After a directive or document marker: spaces and a comment, then the line's end. */
    private void restOfMarkerLine() {
        if (pos < n && cs[pos] != ' ' && cs[pos] != '\n') throw decline();
        skipSpaces();
        if (pos < n && cs[pos] == '#') skipComment();
        if (pos < n && cs[pos] != '\n') throw decline();
    }

    /** Past the '\n' at {@link #pos}. */
    private void newLine() {
        pos++;
        line++;
        lineStart = pos;
    }

    /**
     * Past spaces, comments and line breaks to the next token. Once the document has started, a token at column 0
     * that starts a document marker or a directive is declined (a second document, or one we do not read).
     */
    private void skipToNextToken() {
        while (pos < n) {
            char c = cs[pos];
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
        if (started && pos < n && column() == 0
                && (startsMarker("---") || startsMarker("...") || cs[pos] == '%')) {
            throw decline(); // a second document, an end marker, a directive: not ours
        }
    }

    private boolean startsMarker(String marker) {
        return text.startsWith(marker, pos) && blankAfter(pos + 3);
    }

    private void count(long added) {
        nodes += added;
        if (nodes > MAX_NODES) throw decline();
    }

    private static Decline decline() {
        return Decline.INSTANCE;
    }
}
