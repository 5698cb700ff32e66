package dev.headroom.tree;

import dev.headroom.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the entries of one mapping in order and rejects a key that appears twice. */
final class MapBuilder {

    private final List<MapNode.Entry> entries = new ArrayList<>();
    private final Map<String, ScalarNode> seen = new HashMap<>();

    void add(ScalarNode key, Node value) throws ParseException {
        ScalarNode first = seen.putIfAbsent(key.text(), key);
        if (first != null) {
            throw new ParseException("duplicate key '" + key.text() + "' (first at line "
                    + first.source().line() + ")", key.source());
        }
        entries.add(new MapNode.Entry(key, value));
    }

    MapNode build(Source source) {
        return new MapNode(entries, source);
    }
}
