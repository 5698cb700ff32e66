package dev.headroom.tree;

import dev.headroom.model.Source;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared helpers for the parser tests. */
final class TreeAssertions {

    private TreeAssertions() {
    }

    /** Asserts a range as "line:column-endLine:endColumn" (end column exclusive). */
    static void assertRange(String expected, Node node) {
        assertEquals(expected, range(node.source()), () -> "range of " + node);
    }

    static String range(Source s) {
        return s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn();
    }

    static MapNode map(Node node) {
        return (MapNode) node;
    }

    static ListNode list(Node node) {
        return (ListNode) node;
    }

    static ScalarNode scalar(Node node) {
        return (ScalarNode) node;
    }
}
