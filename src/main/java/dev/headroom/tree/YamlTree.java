package dev.headroom.tree;

import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.tree.YamlGraph.Collection;
import dev.headroom.tree.YamlGraph.Item;
import dev.headroom.tree.YamlGraph.Scalar;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a composed {@link YamlGraph} into our positioned tree. The graph is not a tree: an
 * alias is the very node object of its anchor (and merge keys copy entries by reference), so each
 * collection is converted once and shared, while its size and height count at every use. That
 * keeps alias bombs cheap to detect and recursive aliases from looping.
 */
final class YamlTree {

    /** A converted node and how many levels it spans. */
    private record Built(Node node, int height) {
    }

    /** A converted collection and how many nodes it stands for once aliases are expanded. */
    private record Shared(Built built, long size) {
    }

    private static final ScalarResolver CORE = YamlCoreSchema.INSTANCE;

    private final String file;
    private final BlockScalarEnd blockScalars;
    /** Hands out each collection's children, from the composed graph or straight from the parser. */
    private final YamlGraph graph;
    private long nodes;
    private final List<Problem> problems = new ArrayList<>();

    YamlTree(String file, String text, YamlGraph graph) {
        this.file = file;
        this.blockScalars = new BlockScalarEnd(text);
        this.graph = graph;
    }

    Node convert(Item root) throws ParseException {
        return build(root, 1).node();
    }

    private Built build(Item n, int depth) throws ParseException {
        Collection collection = n instanceof Collection c ? c : null;
        if (collection != null && collection.converted instanceof Shared shared) {
            count(shared.size(), n);
            checkDepth(depth + shared.built().height() - 1, n);
            return shared.built();
        }
        checkDepth(depth, n);
        if (collection != null) {
            if (collection.open) throw error("recursive alias: a node contains itself", n);
            collection.open = true;
        }
        long before = nodes;
        Built built = buildTagged(n, depth);
        if (collection != null) {
            collection.open = false;
            collection.converted = new Shared(built, nodes - before);
        }
        return built;
    }

    /** Applies a CloudFormation short-form tag: {@code !Sub x} becomes {@code {Fn::Sub: x}}. */
    private Built buildTagged(Item n, int depth) throws ParseException {
        String tag = n.tag.getValue();
        // most nodes carry a standard tag (resolved, or !!str ...): no short form to look up
        if (tag.startsWith(Tag.PREFIX)) return buildValue(n, depth, false);
        String longForm = CfnTags.longForm(tag);
        if (longForm == null) {
            if (!n.tag.equals(Tag.ENV_TAG)) return unsupported(n, tag, depth);
            return buildValue(n, depth, false);
        }
        return oneKeyMap(n, depth, longForm);
    }

    /** The tagged node's value under one key: {@code {name: value}} ({@link #tagMap}). */
    private Built oneKeyMap(Item n, int depth, String name) throws ParseException {
        checkDepth(depth + 1, n);
        Built value = buildValue(n, depth + 1, true);
        count(2, n);
        return new Built(tagMap(file, name, value.node()), value.height() + 1);
    }

    /**
     * A tagged value as a one-key map, {@code !Sub x} as {@code {Fn::Sub: x}}: the key at the value's start, the map
     * over the value's range. Both YAML paths ({@link FastYaml} too) build tagged values with it.
     */
    static MapNode tagMap(String file, String name, Node value) {
        Source range = value.source();
        ScalarNode key = ScalarNode.string(name, Source.at(file, range.line(), range.column()));
        return new MapNode(List.of(new MapNode.Entry(key, value)), range);
    }

    /**
     * A tag CloudFormation does not know ({@code !Rain::Embed}, a typo such as {@code !Bogus}) fails the deployment:
     * it is an HR900 problem at its line. The rest of the file is still checked: the tagged value becomes the
     * one-key map {@code {Rain::Embed: value}}, which the resolver treats as unknown, as JSON spells such
     * directives.
     */
    private Built unsupported(Item n, String tag, int depth) throws ParseException {
        problems.add(unsupportedTag(Source.at(file, n.start.getLine() + 1, n.start.getColumn() + 1), tag));
        return oneKeyMap(n, depth, unsupportedTagKey(tag));
    }

    /** The HR900 problem for a tag CloudFormation does not know, at the tag; both YAML paths report it. */
    static Problem unsupportedTag(Source at, String tag) {
        // Rain (the CloudFormation CLI) expands its own tags before deployment; the template is its input.
        return Problem.of("HR900", at, "unsupported tag " + tag + hint(tag));
    }

    /** The key an unknown tag's value goes under: {@code !Rain::Embed x} as {@code {Rain::Embed: x}}. */
    static String unsupportedTagKey(String tag) {
        return tag.startsWith("!") ? tag.substring(1) : tag;
    }

    /** Why a tag is unknown, when that can be told: a Rain directive, or a short form with a ':' glued to it. */
    private static String hint(String tag) {
        if (tag.startsWith("!Rain::")) return " (a Rain directive; scan the template that `rain pkg` writes)";
        if (tag.endsWith(":") && CfnTags.longForm(tag.substring(0, tag.length() - 1)) != null) {
            return " (a YAML tag ends at the first space: write `" + tag.substring(0, tag.length() - 1) + " VALUE`)";
        }
        return "";
    }

    List<Problem> problems() {
        return problems;
    }

    /** Converts a node's content; {@code retag} resolves a tagged scalar as if it were untagged. */
    private Built buildValue(Item n, int depth, boolean retag)
            throws ParseException {
        count(1, n);
        if (n instanceof Scalar s) return new Built(scalar(s, retag), 1);
        Collection c = (Collection) n;
        return c.mapping ? mapping(c, depth) : sequence(c, depth);
    }

    private ScalarNode scalar(Scalar s, boolean retag) throws ParseException {
        Tag tag = retag ? CORE.resolve(s.value, s.isPlain()) : s.tag;
        // ${NAME} is snakeyaml's environment-variable syntax; for us it is text (Serverless variables)
        if (tag.equals(Tag.ENV_TAG)) tag = Tag.STR;
        return YamlScalars.scalar(tag, s.value, scalarSource(s));
    }

    private Built sequence(Collection seq, int depth) throws ParseException {
        List<Node> items = new ArrayList<>();
        int height = 0;
        for (Item child; (child = graph.child(seq)) != null; ) {
            Built item = build(child, depth + 1);
            items.add(item.node());
            height = Math.max(height, item.height());
        }
        return new Built(new ListNode(items, collectionSource(seq, items)), height + 1);
    }

    private Built mapping(Collection map, int depth) throws ParseException {
        MapBuilder entries = new MapBuilder();
        List<Node> children = new ArrayList<>();
        int height = 0;
        // YamlGraph has already expanded merge keys: explicit entries first, then merged ones
        // that no explicit or earlier merged entry overrides; so a repeated key is a real duplicate
        for (Item keyItem; (keyItem = graph.child(map)) != null; ) {
            Built key = build(keyItem, depth + 1);
            if (!(key.node() instanceof ScalarNode keyScalar)) {
                throw error("a map key must be a plain value, not a " + key.node().kind(), keyItem);
            }
            Built value = build(graph.child(map), depth + 1);
            entries.add(keyScalar, value.node());
            children.add(keyScalar);
            children.add(value.node());
            height = Math.max(height, value.height());
        }
        return new Built(entries.build(collectionSource(map, children)), height + 1);
    }

    private Source scalarSource(Scalar s) {
        Mark start = s.start;
        Mark end = s.end;
        boolean block = s.style == ScalarStyle.LITERAL || s.style == ScalarStyle.FOLDED;
        if (block && end.getColumn() == 0 && end.getLine() > start.getLine()) {
            int[] last = blockScalars.lastContent(start.getLine(), end.getLine());
            if (last != null) {
                return new Source(file, start.getLine() + 1, start.getColumn() + 1, last[0], last[1]);
            }
        }
        return range(start, end);
    }

    /**
     * A flow collection ends at its closing bracket. A block collection's end mark is the start of
     * the next token (often the next key's line), so it ends instead where its furthest child ends.
     */
    private Source collectionSource(Collection c, List<Node> children) {
        Mark start = c.start;
        if (c.flow == FlowStyle.FLOW || children.isEmpty()) {
            return range(start, c.end == null ? start : c.end);
        }
        Source last = null;
        for (Node child : children) {
            Source s = child.source();
            if (last == null || s.endLine() > last.endLine()
                    || s.endLine() == last.endLine() && s.endColumn() > last.endColumn()) {
                last = s;
            }
        }
        return new Source(file, start.getLine() + 1, start.getColumn() + 1, last.endLine(), last.endColumn());
    }

    private Source range(Mark start, Mark end) {
        return new Source(file, start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1);
    }

    private void count(long added, Item at) throws ParseException {
        nodes += added;
        if (nodes > Limits.MAX_NODES) {
            throw error("too many aliases / document too large: more than " + Limits.MAX_NODES
                    + " nodes once aliases are expanded", at);
        }
    }

    private void checkDepth(int depth, Item at) throws ParseException {
        if (depth > Limits.MAX_DEPTH) {
            throw error("too deep: more than " + Limits.MAX_DEPTH + " levels of nesting", at);
        }
    }

    private ParseException error(String message, Item at) {
        return new ParseException(message, Source.at(file, at.start.getLine() + 1, at.start.getColumn() + 1));
    }
}
