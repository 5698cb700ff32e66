package dev.headroom.read.cdk;

import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.util.ArrayList;
import java.util.List;

/** Small lookups on the positioned tree of CDK's JSON files, where any field may be missing. */
final class Nodes {

    private Nodes() {
    }

    static String text(Node n) {
        return n instanceof ScalarNode s && s.isString() ? s.text() : null;
    }

    static String text(MapNode m, String key) {
        return m == null ? null : text(m.get(key));
    }

    static MapNode map(Node n) {
        return n instanceof MapNode m ? m : null;
    }

    static MapNode map(MapNode m, String key) {
        return m == null ? null : map(m.get(key));
    }

    /** The strings of a list node; other items are left out. */
    static List<String> strings(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof ListNode l) for (Node i : l.items()) if (text(i) != null) out.add(text(i));
        return out;
    }
}
