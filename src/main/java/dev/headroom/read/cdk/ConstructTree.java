package dev.headroom.read.cdk;

import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code tree.json}: the app's construct tree. We take one fact from it, each construct's type
 * ({@code constructInfo.fqn}, for example {@code aws-cdk-lib.aws_lambda.Function}), keyed by construct path.
 */
final class ConstructTree {

    /** Construct trees are deep but not this deep; the bound keeps a hostile file from exhausting the stack. */
    private static final int MAX_DEPTH = 500;

    /** Parents whose type says nothing about the resource: a plain scope, or the stack itself. */
    private static final Set<String> GENERIC = Set.of("constructs.Construct",
            "aws-cdk-lib.Stack", "aws-cdk-lib.NestedStack", "aws-cdk-lib.Stage", "aws-cdk-lib.App");

    private ConstructTree() {
    }

    static Map<String, String> types(Node root) {
        Map<String, String> out = new HashMap<>();
        MapNode tree = Nodes.map(Nodes.map(root), "tree");
        if (tree != null) walk(tree, out, 0);
        return out;
    }

    /**
     * The type to show for the resource at {@code path}: the construct the user wrote. A resource's path is
     * usually that of the CloudFormation-level child ({@code Api/Handler/Resource}, type
     * {@code aws_lambda.CfnFunction}) of the construct the app declared ({@code Api/Handler}, type
     * {@code aws_lambda.Function}); the parent's type is the one that helps, when the tree has it.
     */
    static String userType(String path, Map<String, String> types) {
        String own = types.get(path);
        int slash = path.lastIndexOf('/');
        if (own != null && slash > 0 && isCfnType(own)) {
            String parent = types.get(path.substring(0, slash));
            if (parent != null && !isCfnType(parent) && !GENERIC.contains(parent)) return parent;
        }
        return own;
    }

    /** {@code aws-cdk-lib.aws_lambda.CfnFunction}, {@code aws-cdk-lib.CfnResource}: a CloudFormation-level class. */
    private static boolean isCfnType(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1).startsWith("Cfn");
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
