package dev.headroom.tree;


import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the tree fuzz tests hold of every input: it either parses into a tree within the limits (depth, values)
 * with every node located, or fails with a located {@link ParseException}; no other exception or error escapes.
 */
final class TreeProperty {

    private TreeProperty() {
    }


    static void check(String file, byte[] data) {
        Document doc;
        try {
            doc = Parsers.parse(file, new String(data, StandardCharsets.UTF_8));
        } catch (ParseException e) {
            assertNotNull(e.source(), "a parse error has a place");
            assertTrue(e.source().line() >= 1, "lines start at 1");
            return;
        }
        long[] count = {0};
        bounded(doc.root(), 1, count);
    }

    private static void bounded(Node n, int depth, long[] count) {
        if (n == null) return;
        assertTrue(depth <= Limits.MAX_DEPTH + 2, "depth " + depth);
        assertTrue(++count[0] <= Limits.MAX_NODES * 2, "nodes " + count[0]);
        assertNotNull(n.source(), "every node is located");
        if (n instanceof MapNode m) for (MapNode.Entry e : m.entries()) bounded(e.value(), depth + 1, count);
        if (n instanceof ListNode l) for (Node i : l.items()) bounded(i, depth + 1, count);
    }
}
