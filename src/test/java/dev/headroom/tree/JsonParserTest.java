package dev.headroom.tree;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static dev.headroom.tree.TreeAssertions.assertRange;
import static dev.headroom.tree.TreeAssertions.list;
import static dev.headroom.tree.TreeAssertions.map;
import static dev.headroom.tree.TreeAssertions.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonParserTest {

    private static Node parse(String text) throws ParseException {
        Document doc = JsonParser.parse("t.json", text);
        assertEquals(Syntax.JSON, doc.syntax());
        return doc.root();
    }

    private static ParseException failure(String text) {
        return assertThrows(ParseException.class, () -> JsonParser.parse("t.json", text));
    }

    @Test
    void positionsOfObjectsArraysAndScalars() throws ParseException {
        MapNode root = map(parse("{\n  \"a\": [1, 2.5, \"x\"],\n  \"b\": {\"c\": null, \"d\": true}\n}\n"));
        assertRange("1:1-4:2", root);
        assertRange("2:3-2:6", root.entry("a").key());
        ListNode a = list(root.get("a"));
        assertRange("2:8-2:21", a);
        assertRange("2:9-2:10", a.get(0));
        assertRange("2:12-2:15", a.get(1));
        assertRange("2:17-2:20", a.get(2));
        MapNode b = root.getMap("b");
        assertRange("3:8-3:30", b);
        assertRange("3:14-3:18", b.get("c"));
        assertRange("3:25-3:29", b.get("d"));
    }

    @Test
    void valuesAreTyped() throws ParseException {
        ListNode l = list(parse("[1, -7, 123456789012345678901234567890, 2.5e1, \"s\", true, false, null]"));
        assertEquals(1L, scalar(l.get(0)).value());
        assertEquals(-7L, scalar(l.get(1)).value());
        assertEquals(new BigInteger("123456789012345678901234567890"), scalar(l.get(2)).value());
        assertEquals(25.0, scalar(l.get(3)).value());
        assertEquals("2.5e1", scalar(l.get(3)).text());
        assertEquals("s", scalar(l.get(4)).value());
        assertEquals(Boolean.TRUE, scalar(l.get(5)).value());
        assertEquals(Boolean.FALSE, scalar(l.get(6)).value());
        assertTrue(scalar(l.get(7)).isNull());
        assertEquals("", scalar(l.get(7)).text());
    }

    @Test
    void columnsCountCharactersNotBytes() throws ParseException {
        MapNode root = map(parse("{\"name\": \"h\u00e9llo\", \"n\": 5}"));
        assertRange("1:10-1:17", root.get("name"));
        assertRange("1:19-1:22", root.entry("n").key());
        assertRange("1:24-1:25", root.get("n"));
        // an emoji is one code point but two UTF-16 chars; Jackson (and SARIF's default) count the latter
        MapNode emoji = map(parse("{\"e\": \"\uD83D\uDE00\", \"n\": 5}"));
        assertRange("1:7-1:11", emoji.get("e"));
        assertRange("1:18-1:19", emoji.get("n"));
    }

    @Test
    void stringRangesCountEscapesAsWritten() throws ParseException {
        MapNode root = map(parse("{\"a\\\"b\": \"\\u00e9\\\\\", \"z\": 0}"));
        assertEquals("a\"b", root.entries().get(0).name());
        assertRange("1:2-1:8", root.entries().get(0).key());
        assertEquals("\u00e9\\", scalar(root.get("a\"b")).value());
        assertRange("1:10-1:20", root.get("a\"b"));
    }

    @Test
    void duplicateKeysAreErrorsAtTheSecondKey() {
        ParseException e = failure("{\n  \"a\": 1,\n  \"b\": {\"a\": 2},\n  \"a\": 3\n}");
        assertEquals("duplicate key 'a' (first at line 2)", e.getMessage());
        assertEquals(4, e.source().line());
        assertEquals(3, e.source().column());
    }

    @Test
    void malformedJsonReportsJacksonsLocationWithoutItsSourceTail() {
        ParseException e = failure("{\n  \"a\": 1,\n  \"b\": }\n");
        assertEquals(3, e.source().line());
        assertEquals(8, e.source().column());
        assertFalse(e.getMessage().contains("Source:"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("Unexpected character"), e.getMessage());

        assertEquals(2, failure("{\"a\": 1,\n").source().line());
    }

    @Test
    void trailingContentIsAnError() {
        ParseException e = failure("{\"a\": 1}\n{\"b\": 2}");
        assertEquals("unexpected content after the JSON value", e.getMessage());
        assertEquals(2, e.source().line());
        assertEquals(2, failure("{}\n}").source().line());
    }

    @Test
    void nestingDepthIsLimited() throws ParseException {
        ParseException e = failure("[".repeat(250) + "]".repeat(250));
        assertTrue(e.getMessage().startsWith("too deep"), e.getMessage());
        assertEquals(201, e.source().column());
        assertTrue(failure("[".repeat(100_000)).getMessage().startsWith("too deep"));
        assertEquals(150, depth(parse("[".repeat(150) + "]".repeat(150))));
    }

    private static int depth(Node node) {
        return node instanceof ListNode l && l.size() > 0 ? 1 + depth(l.get(0)) : 1;
    }

    @Test
    void emptyTextBomAndCrlf() throws ParseException {
        assertNull(parse(""));
        assertNull(parse("  \n"));
        MapNode root = map(parse("\uFEFF{\r\n  \"a\": 1\r\n}\r\n"));
        assertRange("1:1-3:2", root);
        assertRange("2:8-2:9", root.get("a"));
    }

    @Test
    void oversizeTextIsRejected() {
        assertTrue(failure(" ".repeat(Limits.MAX_BYTES + 1)).getMessage().startsWith("file too large"));
    }
}
