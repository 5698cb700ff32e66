package dev.headroom.tree;

import dev.headroom.model.Source;

import java.util.List;

/** A sequence, in document order. */
public record ListNode(List<Node> items, Source source) implements Node {

    public ListNode {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    public Node get(int i) {
        return i >= 0 && i < items.size() ? items.get(i) : null;
    }

    @Override
    public String kind() {
        return "list";
    }
}
