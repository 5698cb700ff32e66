package dev.headroom.read.cdk;

import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code tree.json}: the app's construct tree. We take one fact from it, each construct's type
 * ({@code constructInfo.fqn}, for example {@code aws-cdk-lib.aws_lambda.Function}), keyed by construct path.
 */
final class ConstructTree {

    /** Construct trees are deep but not this deep; the bound keeps a hostile file from exhausting the stack. */
    private static final int MAX_DEPTH = 500;

    private ConstructTree() {
    }

    static Map<String, String> types(Node root) {
        Map<String, String> out = new HashMap<>();
        MapNode tree = Nodes.map(Nodes.map(root), "tree");
        if (tree != null) walk(tree, out, 0);
        return out;
    }

    private static void walk(MapNode construct, Map<String, String> out, int depth) {
        if (depth > MAX_DEPTH) return;
        String path = Nodes.text(construct, "path");
        String fqn = Nodes.text(Nodes.map(construct, "constructInfo"), "fqn");
        if (path != null && fqn != null) out.put(path, fqn);
        MapNode children = Nodes.map(construct, "children");
        if (children == null) return;
        for (MapNode.Entry e : children.entries()) {
            if (e.value() instanceof MapNode child) walk(child, out, depth + 1);
        }
    }
}
