package dev.headroom.fix.plan;

import dev.headroom.model.Source;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every node of a parsed file by its source range, each with the path that leads to it. A YAML alias or merge key
 * makes one written node reachable along several paths: it then has several entries, which is how the planner
 * tells that a value is shared.
 */
final class TreeIndex {

    /** One step down the tree: the map entry (or list item) and the node it leads to. */
    record Step(Node container, String key, Node node) {
    }

    /** A node reached along {@code path} (root first, the node itself last). */
    record Hit(Node node, List<Step> path) {
        String pathText() {
            List<String> keys = new ArrayList<>();
            for (Step s : path) if (s.key() != null) keys.add(s.key());
            return String.join(".", keys);
        }

        List<String> keys() {
            List<String> keys = new ArrayList<>();
            for (Step s : path) keys.add(s.key());
            return keys;
        }
    }

    private final Node root;
    private final Map<Source, List<Hit>> bySource = new HashMap<>();
    private final Map<Source, MapNode.Entry> entriesByKey = new HashMap<>();
    private final List<Hit> all = new ArrayList<>();

    TreeIndex(Node root) {
        this.root = root;
        if (root != null) walk(root, new ArrayList<>(), 0);
    }

    Node root() {
        return root;
    }

    private void walk(Node n, List<Step> path, int depth) {
        Hit hit = new Hit(n, List.copyOf(path));
        bySource.computeIfAbsent(n.source(), k -> new ArrayList<>()).add(hit);
        all.add(hit);
        if (depth > 200) return;
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                entriesByKey.putIfAbsent(e.key().source(), e);
                path.add(new Step(m, e.name(), e.value()));
                walk(e.value(), path, depth + 1);
                path.remove(path.size() - 1);
            }
        } else if (n instanceof ListNode l) {
            for (int i = 0; i < l.size(); i++) {
                path.add(new Step(l, "[" + i + "]", l.get(i)));
                walk(l.get(i), path, depth + 1);
                path.remove(path.size() - 1);
            }
        }
    }

    /** The nodes written at exactly {@code s}, each with its path. */
    List<Hit> at(Source s) {
        return bySource.getOrDefault(s, List.of());
    }

    List<Hit> scalarsAt(Source s) {
        return at(s).stream().filter(h -> h.node() instanceof ScalarNode).toList();
    }

    /** The map entry whose key is written at {@code keySource} (a resource's logical id), or null. */
    MapNode.Entry entryWithKeyAt(Source keySource) {
        return entriesByKey.get(keySource);
    }

    List<Hit> all() {
        return all;
    }
}
