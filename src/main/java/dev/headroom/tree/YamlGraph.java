package dev.headroom.tree;

import dev.headroom.model.Source;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The node graph of a YAML document, composed from the parser's events the way snakeyaml-engine 3.0.1's
 * {@code Composer} composes it: anchors and aliases (an alias is the anchored node itself), merge keys flattened
 * as its {@code MergeUtils} flattens them, implicit tags from {@link YamlCoreSchema}, and each of its errors with
 * the same text and position. It keeps only what {@link YamlTree} reads: no comments (its comment collectors
 * peeked at every event), no optional marks, no set of open nodes.
 */
final class YamlGraph {

    /** A composed node: where it starts, its tag, and the anchor it was registered under, if any. */
    abstract static sealed class Item permits Scalar, Collection {
        final Tag tag;
        final Mark start;
        Anchor anchor;

        Item(Tag tag, Mark start) {
            this.tag = tag;
            this.start = start;
        }
    }

    static final class Scalar extends Item {
        final String value;
        final ScalarStyle style;
        final Mark end;

        Scalar(Tag tag, ScalarEvent e) {
            super(tag, e.getStartMark().orElse(null));
            this.value = e.getValue();
            this.style = e.getScalarStyle();
            this.end = e.getEndMark().orElse(null);
        }

        boolean isPlain() {
            return style == ScalarStyle.PLAIN;
        }
    }

    /**
     * A sequence (items) or a mapping (tuples); {@link YamlTree} keeps its converted form here to share it. A
     * streamed collection has no children here: they are the parser's next events, read as it is converted.
     */
    static final class Collection extends Item {
        final boolean mapping;
        final FlowStyle flow;
        final boolean streamed;
        final List<Item> items;
        List<Tuple> tuples;
        Mark end;
        boolean hasMergeTag;
        /** How many children {@link #child} has handed out (a mapping's keys and values both count). */
        int cursor;
        /** Set by {@link YamlTree}: its conversion is under way, or its result. */
        boolean open;
        Object converted;

        Collection(Tag tag, boolean mapping, CollectionStartEvent e, boolean streamed) {
            super(tag, e.getStartMark().orElse(null));
            this.mapping = mapping;
            this.flow = e.getFlowStyle();
            this.streamed = streamed;
            this.items = streamed || mapping ? null : new ArrayList<>();
            this.tuples = streamed || !mapping ? null : new ArrayList<>();
        }
    }

    /**
     * Thrown while streaming a document that needs the whole graph: a merge key, which takes entries from maps
     * composed before or after it. The caller composes the document again as a graph.
     */
    static final class NeedsGraph extends RuntimeException {
        NeedsGraph() {
            super("merge key", null, false, false);
        }
    }

    record Tuple(Item key, Item value) {
    }

    private final Parser parser;
    private final String file;
    private final Map<Anchor, Item> anchors = new HashMap<>();
    private int nonScalarAliases;

    YamlGraph(String file, Parser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Whether a document follows (the stream's start is dropped first), as {@code Composer.hasNext}. */
    boolean hasNext() {
        if (parser.checkEvent(Event.ID.StreamStart)) parser.next();
        return !parser.checkEvent(Event.ID.StreamEnd);
    }

    /** The next document's root, composed whole, its start and end events consumed (as {@code Composer.next}). */
    Item next() throws ParseException {
        parser.next();
        Item root = compose();
        parser.next();
        anchors.clear();
        nonScalarAliases = 0;
        return root;
    }

    /**
     * The next document's root, streamed: a collection's children are read as {@link YamlTree} converts them
     * ({@link #child}), which builds the tree in one pass over the events; {@link #endStream} then reads the
     * document's end. Any error (or a merge key: {@link NeedsGraph}) leaves the events half read: compose the
     * document again with {@link #next}, which reports the error snakeyaml's composer would have reported first.
     */
    Item stream() throws ParseException {
        parser.next();
        return item(parser.next(), true);
    }

    void endStream() {
        parser.next();
    }

    /**
     * The next child of {@code c}, or null after its last (a mapping's key, then its value, in turn). A streamed
     * collection reads it from the parser and takes its end mark when it ends.
     */
    Item child(Collection c) throws ParseException {
        if (!c.streamed) {
            int at = c.cursor++;
            if (!c.mapping) return at < c.items.size() ? c.items.get(at) : null;
            if (at >= 2 * c.tuples.size()) return null;
            Tuple tuple = c.tuples.get(at / 2);
            return at % 2 == 0 ? tuple.key() : tuple.value();
        }
        if (parser.checkEvent(c.mapping ? Event.ID.MappingEnd : Event.ID.SequenceEnd)) {
            c.end = parser.next().getEndMark().orElse(null);
            return null;
        }
        Item child = item(parser.next(), true);
        if (c.mapping && c.cursor++ % 2 == 0 && child.tag.equals(Tag.MERGE)) throw new NeedsGraph();
        return child;
    }

    private Item compose() throws ParseException {
        Event event = parser.next();
        Item item = item(event, false);
        switch (event.getEventId()) {
            case SequenceStart -> sequence((Collection) item);
            case MappingStart -> mapping((Collection) item);
            default -> {
                // a scalar, or an alias's node, composed already
            }
        }
        return item;
    }

    /** The node an event starts: a new scalar or collection (its children still to read), or an alias's node. */
    private Item item(Event event, boolean streamed) throws ParseException {
        return switch (event.getEventId()) {
            case Alias -> alias((AliasEvent) event);
            case Scalar -> register(scalar((ScalarEvent) event), (NodeEvent) event);
            case SequenceStart -> collection((CollectionStartEvent) event, false, streamed);
            case MappingStart -> collection((CollectionStartEvent) event, true, streamed);
            default -> throw new IllegalStateException("unexpected " + event.getEventId() + " event");
        };
    }

    private Item alias(AliasEvent event) throws ParseException {
        Anchor anchor = event.getAlias();
        Item node = anchors.get(anchor);
        if (node == null) throw new ComposerException("found undefined alias " + anchor, event.getStartMark());
        if (node instanceof Collection && ++nonScalarAliases > Limits.MAX_COLLECTION_ALIASES) {
            throw new ParseException("too many aliases: more than " + Limits.MAX_COLLECTION_ALIASES
                    + " aliases to maps or lists", Source.fileStart(file));
        }
        return node;
    }

    private static Scalar scalar(ScalarEvent e) {
        String explicit = e.getTag().orElse(null);
        Tag tag = explicit == null || explicit.equals("!")
                ? YamlCoreSchema.INSTANCE.resolve(e.getValue(), e.getImplicit().canOmitTagInPlainScalar())
                : new Tag(explicit);
        return new Scalar(tag, e);
    }

    private <T extends Item> T register(T node, NodeEvent event) {
        Anchor anchor = event.getAnchor().orElse(null);
        if (anchor != null) {
            // a later anchor of the same name replaces the earlier one (snakeyaml dropped its duplicate check)
            anchors.put(anchor, node);
            node.anchor = anchor;
        }
        return node;
    }

    /** A collection just started, its children still to read. */
    private Collection collection(CollectionStartEvent start, boolean mapping, boolean streamed) {
        String explicit = start.getTag().orElse(null);
        Tag tag = explicit == null || explicit.equals("!") ? (mapping ? Tag.MAP : Tag.SEQ) : new Tag(explicit);
        return register(new Collection(tag, mapping, start, streamed), start);
    }

    private void sequence(Collection node) throws ParseException {
        while (!parser.checkEvent(Event.ID.SequenceEnd)) node.items.add(compose());
        node.end = parser.next().getEndMark().orElse(null);
    }

    private void mapping(Collection node) throws ParseException {
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Item key = compose();
            if (key.tag.equals(Tag.MERGE)) node.hasMergeTag = true;
            node.tuples.add(new Tuple(key, compose()));
        }
        node.end = parser.next().getEndMark().orElse(null);
        if (node.hasMergeTag) {
            // the composer looks at the next event before it merges, and reports a bad merge there
            parser.peekEvent();
            node.tuples = flatten(node);
            node.hasMergeTag = false;
        }
    }

    /**
     * The mapping's tuples with its merge keys replaced by the entries they merge: explicit entries first, then
     * those of each merged mapping in order that no entry before them has. A merged mapping that is still being
     * composed and merges itself made snakeyaml loop forever; here it is an error.
     */
    private List<Tuple> flatten(Collection node) throws ParseException {
        List<Tuple> toProcess = node.tuples;
        List<Tuple> result = toProcess;
        boolean process = true;
        int rounds = 0;
        while (process) {
            if (++rounds > Limits.MAX_DEPTH + 2) {
                throw new ParseException("recursive merge key: a map merges a map that merges it back",
                        Source.at(file, node.start.getLine() + 1, node.start.getColumn() + 1));
            }
            process = false;
            List<Tuple> updated = new ArrayList<>(toProcess.size());
            Set<String> keys = new HashSet<>(toProcess.size());
            List<Tuple> merges = new ArrayList<>(2);
            for (Tuple tuple : toProcess) {
                if (tuple.key().tag.equals(Tag.MERGE)) {
                    merges.add(tuple);
                } else {
                    updated.add(tuple);
                    if (tuple.key() instanceof Scalar key) keys.add(key.value);
                }
            }
            for (Tuple tuple : merges) {
                Item value = tuple.value();
                List<Item> refs = value instanceof Collection c && !c.mapping ? c.items : List.of(value);
                for (Item ref : refs) {
                    Collection mergeable = asMapping(ref);
                    process = process || mergeable.hasMergeTag;
                    for (Tuple merged : mergeable.tuples) {
                        if (merged.key() instanceof Scalar key) {
                            // keys of one merged mapping are checked against earlier ones only, not each other
                            if (keys.contains(key.value)) continue;
                        }
                        updated.add(merged);
                    }
                    for (Tuple merged : mergeable.tuples) {
                        if (merged.key() instanceof Scalar key) keys.add(key.value);
                    }
                    if (updated.size() > Limits.MAX_NODES) {
                        throw new ParseException("too many aliases / document too large: more than "
                                + Limits.MAX_NODES + " nodes once aliases are expanded",
                                Source.at(file, node.start.getLine() + 1, node.start.getColumn() + 1));
                    }
                }
            }
            result = updated;
            if (process) toProcess = updated;
        }
        return result;
    }

    private Collection asMapping(Item node) {
        if (node instanceof Collection c && c.mapping) return c;
        if (node.anchor != null && anchors.get(node.anchor) instanceof Collection c && c.mapping) return c;
        throw new ComposerException("Expected mapping node or an anchor referencing mapping",
                parser.peekEvent().getStartMark());
    }
}
