package dev.headroom.tree;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random documents built from the pieces templates are made of (keys, scalars of every style, tags, flow and
 * block collections, comments, blank lines, odd indentation, a cut at a random place): the fast YAML path must
 * decline each or read it as snakeyaml's path does ({@link FastYamlDifferential}). Structure-aware where the fuzz
 * target mutates bytes; the seed is fixed, so a failure repeats.
 */
class FastYamlGeneratedTest {

    private static final String[] SCALARS = {
        "a", "b c", "x:y", "http://h/p#f", "1", "-2", "0x1F", "1.5", ".inf", "true", "~", "null", "",
        "'q'", "'it''s'", "\"d\"", "\"e\\n\\t\\\"x\"", "\"\\u00e9\\x41\"", "'a #b'", "a #c", "'multi\n  line'",
        "\"multi\n\n  line\"", "\"esc\\\n  aped\"", "plain\n  cont", "plain\n\n  two", "-x", ":x", "?x", "!Ref X",
        "!Sub 'a${b}'", "!GetAtt A.B", "!Bogus v", "!Ref", "[a, b]", "[]", "{}", "{k: v}", "[a, [b, !Ref c]]",
        "[a,\n  b]", "{k: v,\n  l: [1, 2],}", "[a: b, c]", "[!If [c, Ref: x, y]]", "|\n  lit\n  eral\n",
        "|-\n  strip\n\n", "|+\n  keep\n\n", ">\n  fold\n  ed\n\n  para\n", ">-\n  f\n    more\n  back\n",
        "!Sub |\n  ${x}\n", "|\n\n  after blank\n", "|\n    deeper\n  shallower\n", "'\u00e9t\u00e9'", "a\u00a0b", "# c",
        "\"#notcomment\"", "x # y # z", "'---'", "a: b", "- c", "\"\\/\"", "!Join\n  - ''\n  - [a]", "!If\n- a\n- b",
        "\"a\"#b", "[a]#b", "a  :  b", "\"\\_ \\N\"", "\u3042\u3044", "|\n  x\u3000\n", "|\n  \u3000\n",
        "|\n  a\n  \u2003\n\n", "a\u3000", "\u3000", "|\n  \n   \n  x\n", "|\n   \n  x\n",
        ">\n  a\n\n\n  b\n   c\n  d\n", ">+\n  a\n\n", "|\n  trailing \n  ",
    };
    private static final String[] KEYS = {
        "k", "Key", "'q k'", "\"d\"", "a b", "1", "true", "~", "x:y", "k ", "-k", "?k", "k#", "Fn::Sub", "<<", "dup", "dup",
    };

    private final Random random = new Random(20261130);

    @Test
    void generatedDocumentsAreDeclinedOrReadAsSnakeyamlReadsThem() {
        int handled = 0;
        int documents = 20_000;
        for (int i = 0; i < documents; i++) {
            String doc = document();
            if (FastYamlDifferential.compare("generated.yaml", doc) == FastYamlDifferential.Outcome.EQUAL) handled++;
        }
        System.out.printf("fast YAML path: %d of %d generated documents read, the rest declined%n", handled, documents);
        // the generator must reach the fast path, or this test would only prove that it declines
        assertTrue(handled > documents / 4, "generated documents the fast path read: " + handled);
    }

    private String document() {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(10) == 0) sb.append("---\n");
        int top = random.nextInt(6);
        if (top == 0) {
            node(sb, 0, 0);
        } else if (top == 1) {
            sequence(sb, 0, 0);
        } else {
            mapping(sb, 0, 0);
        }
        String doc = sb.toString();
        if (random.nextInt(5) == 0 && doc.length() > 1) doc = doc.substring(0, random.nextInt(doc.length()));
        return doc;
    }

    private void node(StringBuilder sb, int indent, int depth) {
        int kind = depth > 3 ? 0 : random.nextInt(4);
        if (kind <= 1) {
            sb.append(SCALARS[random.nextInt(SCALARS.length)].replace("\n", "\n" + " ".repeat(indent))).append('\n');
            return;
        }
        sb.append('\n');
        if (kind == 2) {
            mapping(sb, indent + 1 + random.nextInt(3), depth + 1);
        } else {
            sequence(sb, indent + random.nextInt(3), depth + 1);
        }
    }

    private void mapping(StringBuilder sb, int indent, int depth) {
        int entries = 1 + random.nextInt(3);
        for (int i = 0; i < entries; i++) {
            if (random.nextInt(8) == 0) sb.append(" ".repeat(random.nextInt(6))).append("# comment\n");
            if (random.nextInt(10) == 0) sb.append('\n');
            sb.append(" ".repeat(indent + (random.nextInt(20) == 0 ? 1 : 0)));
            sb.append(KEYS[random.nextInt(KEYS.length)]).append(random.nextInt(10) == 0 ? ":" : ": ");
            node(sb, indent, depth);
        }
    }

    private void sequence(StringBuilder sb, int indent, int depth) {
        int entries = 1 + random.nextInt(3);
        for (int i = 0; i < entries; i++) {
            sb.append(" ".repeat(indent)).append(random.nextInt(10) == 0 ? "-" : "- ");
            if (random.nextInt(4) == 0) {
                // a mapping that starts on the entry's line
                StringBuilder m = new StringBuilder();
                mapping(m, indent + 2, depth + 1);
                sb.append(m.substring(indent + 2));
            } else {
                node(sb, indent, depth);
            }
        }
    }
}
