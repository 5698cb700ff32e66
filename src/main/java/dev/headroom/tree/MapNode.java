package dev.headroom.tree;

import dev.headroom.model.Source;

import java.util.List;

/** A mapping, with entries in document order. Keys are unique (the parsers reject duplicates). */
public record MapNode(List<Entry> entries, Source source) implements Node {

    public record Entry(ScalarNode key, Node value) {
        public String name() {
            return key.text();
        }
    }

    public MapNode {
        entries = List.copyOf(entries);
    }

    public Node get(String key) {
        Entry e = entry(key);
        return e == null ? null : e.value();
    }

    public Entry entry(String key) {
        for (Entry e : entries) {
            if (e.key().text().equals(key)) return e;
        }
        return null;
    }

    public MapNode getMap(String key) {
        return get(key) instanceof MapNode m ? m : null;
    }

    public boolean has(String key) {
        return entry(key) != null;
    }

    public int size() {
        return entries.size();
    }

    /** The single entry of a one-key map ({@code {"Ref": ...}}), or null. */
    public Entry single() {
        return entries.size() == 1 ? entries.get(0) : null;
    }

    @Override
    public String kind() {
        return "map";
    }
}
