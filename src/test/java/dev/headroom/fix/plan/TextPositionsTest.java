package dev.headroom.fix.plan;

import dev.headroom.tree.Document;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.Parsers;
import dev.headroom.tree.ScalarNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The span a fix replaces is exactly the value as written: the parsers' ranges, turned into offsets, cover a plain,
 * quoted, flow or JSON scalar with nothing before or after it, whatever characters precede it on its line (a
 * character outside the BMP counts one column in YAML, two in JSON) and whatever the line endings are.
 */
class TextPositionsTest {

    @Test
    void yamlScalarsOfEveryStyle() throws Exception {
        String text = "a: 42  # comment\n"
                + "b: '42'\n"
                + "c: \"42\"\n"
                + "d: {x: 42, y: [1, 42 ]}\n"
                + "e: \"\uD83D\uDE00\" # smile\n"
                + "f: {g: \"\uD83D\uDE00\", h: 42}\n"
                + "i: |\n  block\n  text\n\n"
                + "j: plain words here   \n";
        check(text, "a", "42");
        check(text, "b", "'42'");
        check(text, "c", "\"42\"");
        check(text, "d.x", "42");
        check(text, "d.y.1", "42");
        check(text, "f.h", "42");
        check(text, "i", "|\n  block\n  text");
        check(text, "j", "plain words here");
    }

    @Test
    void crlfAndOtherBreaks() throws Exception {
        String text = "a: 1\r\nb:\r\n  c: 'x'\r\n  d: 42\r\n";
        check(text, "b.c", "'x'");
        check(text, "b.d", "42");
    }

    @Test
    void jsonCountsUtf16Columns() throws Exception {
        String text = "{\"e\": \"\uD83D\uDE00\", \"n\": 42,\r\n \"s\": \"a\\\"b\", \"t\": true}";
        check(text, "n", "42", "t.json");
        check(text, "s", "\"a\\\"b\"", "t.json");
        check(text, "t", "true", "t.json");
    }

    private static void check(String text, String path, String written) throws Exception {
        check(text, path, written, "t.yaml");
    }

    private static void check(String text, String path, String written, String file) throws Exception {
        Document doc = Parsers.parse(file, text);
        Node n = doc.root();
        for (String key : path.split("\\.")) {
            n = n instanceof MapNode m ? m.get(key) : ((ListNode) n).get(Integer.parseInt(key));
            assertNotNull(n, path);
        }
        ScalarNode s = (ScalarNode) n;
        TextPositions positions = new TextPositions(text, doc.syntax());
        assertEquals(written, text.substring(positions.start(s.source()), positions.end(s.source())), path + " in " + file);
        int start = positions.start(s.source());
        assertEquals(s.source().line(), positions.at(file, start).line(), "offset back to line");
        assertEquals(s.source().column(), positions.at(file, start).column(), "offset back to column");
    }
}
