package dev.headroom.tree;

import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a composed snakeyaml node graph into our positioned tree. The graph is not a tree: an
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
    private final Map<org.snakeyaml.engine.v2.nodes.Node, Shared> done = new IdentityHashMap<>();
    private final Set<org.snakeyaml.engine.v2.nodes.Node> open =
            Collections.newSetFromMap(new IdentityHashMap<>());
    private long nodes;
    private final List<Problem> problems = new ArrayList<>();

    YamlTree(String file, String text) {
        this.file = file;
        this.blockScalars = new BlockScalarEnd(text);
    }

    Node convert(org.snakeyaml.engine.v2.nodes.Node root) throws ParseException {
        return build(root, 1).node();
    }

    private Built build(org.snakeyaml.engine.v2.nodes.Node n, int depth) throws ParseException {
        Shared shared = done.get(n);
        if (shared != null) {
            count(shared.size(), n);
            checkDepth(depth + shared.built().height() - 1, n);
            return shared.built();
        }
        checkDepth(depth, n);
        boolean collection = n instanceof CollectionNode<?>;
        if (collection && !open.add(n)) throw error("recursive alias: a node contains itself", n);
        long before = nodes;
        Built built = buildTagged(n, depth);
        if (collection) {
            open.remove(n);
            done.put(n, new Shared(built, nodes - before));
        }
        return built;
    }

    /** Applies a CloudFormation short-form tag: {@code !Sub x} becomes {@code {Fn::Sub: x}}. */
    private Built buildTagged(org.snakeyaml.engine.v2.nodes.Node n, int depth) throws ParseException {
        String tag = n.getTag().getValue();
        String longForm = CfnTags.longForm(tag);
        if (longForm == null) {
            if (!isStandard(n.getTag())) return unsupported(n, tag, depth);
            return buildValue(n, depth, false);
        }
        return oneKeyMap(n, depth, longForm);
    }

    /** The tagged node's value under one key: {@code {name: value}}, the key at the value's start. */
    private Built oneKeyMap(org.snakeyaml.engine.v2.nodes.Node n, int depth, String name) throws ParseException {
        checkDepth(depth + 1, n);
        Built value = buildValue(n, depth + 1, true);
        Source range = value.node().source();
        ScalarNode key = ScalarNode.string(name, Source.at(file, range.line(), range.column()));
        count(2, n);
        return new Built(new MapNode(List.of(new MapNode.Entry(key, value.node())), range), value.height() + 1);
    }

    /**
     * A tag CloudFormation does not know ({@code !Rain::Embed}, a typo such as {@code !Bogus}) fails the deployment:
     * it is an HR900 problem at its line. The rest of the file is still checked: the tagged value becomes the
     * one-key map {@code {Rain::Embed: value}}, which the resolver treats as unknown, as JSON spells such
     * directives.
     */
    private Built unsupported(org.snakeyaml.engine.v2.nodes.Node n, String tag, int depth) throws ParseException {
        Mark m = n.getStartMark().orElseThrow();
        Source at = Source.at(file, m.getLine() + 1, m.getColumn() + 1);
        // Rain (the CloudFormation CLI) expands its own tags before deployment; the template is its input.
        problems.add(Problem.of("HR900", at, "unsupported tag " + tag + hint(tag)));
        return oneKeyMap(n, depth, tag.startsWith("!") ? tag.substring(1) : tag);
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

    private static boolean isStandard(Tag tag) {
        return tag.getValue().startsWith(Tag.PREFIX) || tag.equals(Tag.ENV_TAG);
    }

    /** Converts a node's content; {@code retag} resolves a tagged scalar as if it were untagged. */
    private Built buildValue(org.snakeyaml.engine.v2.nodes.Node n, int depth, boolean retag)
            throws ParseException {
        count(1, n);
        if (n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s) return new Built(scalar(s, retag), 1);
        if (n instanceof SequenceNode seq) return sequence(seq, depth);
        return mapping((MappingNode) n, depth);
    }

    private ScalarNode scalar(org.snakeyaml.engine.v2.nodes.ScalarNode s, boolean retag) throws ParseException {
        Tag tag = retag ? CORE.resolve(s.getValue(), s.isPlain()) : s.getTag();
        // ${NAME} is snakeyaml's environment-variable syntax; for us it is text (Serverless variables)
        if (tag.equals(Tag.ENV_TAG)) tag = Tag.STR;
        return YamlScalars.scalar(tag, s.getValue(), scalarSource(s));
    }

    private Built sequence(SequenceNode seq, int depth) throws ParseException {
        List<Node> items = new ArrayList<>();
        int height = 0;
        for (org.snakeyaml.engine.v2.nodes.Node child : seq.getValue()) {
            Built item = build(child, depth + 1);
            items.add(item.node());
            height = Math.max(height, item.height());
        }
        return new Built(new ListNode(items, collectionSource(seq, items)), height + 1);
    }

    private Built mapping(MappingNode map, int depth) throws ParseException {
        MapBuilder entries = new MapBuilder();
        List<Node> children = new ArrayList<>();
        int height = 0;
        // snakeyaml has already expanded merge keys: explicit entries first, then merged ones
        // that no explicit or earlier merged entry overrides; so a repeated key is a real duplicate
        for (NodeTuple tuple : map.getValue()) {
            Built key = build(tuple.getKeyNode(), depth + 1);
            if (!(key.node() instanceof ScalarNode keyScalar)) {
                throw error("a map key must be a plain value, not a " + key.node().kind(), tuple.getKeyNode());
            }
            Built value = build(tuple.getValueNode(), depth + 1);
            entries.add(keyScalar, value.node());
            children.add(keyScalar);
            children.add(value.node());
            height = Math.max(height, value.height());
        }
        return new Built(entries.build(collectionSource(map, children)), height + 1);
    }

    private Source scalarSource(org.snakeyaml.engine.v2.nodes.ScalarNode s) {
        Mark start = s.getStartMark().orElseThrow();
        Mark end = s.getEndMark().orElseThrow();
        boolean block = s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED;
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
    private Source collectionSource(CollectionNode<?> c, List<Node> children) {
        Mark start = c.getStartMark().orElseThrow();
        if (c.getFlowStyle() == FlowStyle.FLOW || children.isEmpty()) {
            return range(start, c.getEndMark().orElse(start));
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

    private void count(long added, org.snakeyaml.engine.v2.nodes.Node at) throws ParseException {
        nodes += added;
        if (nodes > Limits.MAX_NODES) {
            throw error("too many aliases / document too large: more than " + Limits.MAX_NODES
                    + " nodes once aliases are expanded", at);
        }
    }

    private void checkDepth(int depth, org.snakeyaml.engine.v2.nodes.Node at) throws ParseException {
        if (depth > Limits.MAX_DEPTH) {
            throw error("too deep: more than " + Limits.MAX_DEPTH + " levels of nesting", at);
        }
    }

    private ParseException error(String message, org.snakeyaml.engine.v2.nodes.Node at) {
        Mark m = at.getStartMark().orElseThrow();
        return new ParseException(message, Source.at(file, m.getLine() + 1, m.getColumn() + 1));
    }
}
