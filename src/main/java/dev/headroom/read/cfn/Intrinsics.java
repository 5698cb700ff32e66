package dev.headroom.read.cfn;

import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

/** Recognises CloudFormation intrinsic functions in the tree (always in long form after parsing). */
final class Intrinsics {

    private Intrinsics() {
    }

    /** The intrinsic's name ({@code Ref}, {@code Fn::If}, ...) when {@code n} is a one-key intrinsic map, else null. */
    static String name(Node n) {
        if (n instanceof MapNode m && m.size() == 1) {
            String k = m.entries().get(0).name();
            if (k.equals("Ref") || k.startsWith("Fn::") || k.equals("Condition")) return k;
        }
        return null;
    }

    static Node argument(Node n) {
        return ((MapNode) n).entries().get(0).value();
    }
}
