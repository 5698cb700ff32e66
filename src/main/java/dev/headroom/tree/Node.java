package dev.headroom.tree;

import dev.headroom.model.Source;

/**
 * A node of the positioned tree that YAML and JSON are both parsed into. Every node knows its
 * source range. CloudFormation short-form tags ({@code !Ref x}) arrive here already in their long
 * form (a one-entry map {@code Ref: x}), so readers see one shape whatever the syntax.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    Source source();

    /** A short name of the node's kind for messages: "map", "list", "string", "number", "boolean", "null". */
    String kind();
}
