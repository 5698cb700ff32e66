package dev.headroom.tree;

import dev.headroom.model.Source;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * YAML to the positioned tree, with snakeyaml-engine's compose API (nodes with marks). Adds what the
 * library leaves out: CloudFormation short-form tags become their long form, {@code <<} merge keys are
 * expanded, duplicate keys are errors, and alias expansion and nesting are bounded.
 */
public final class YamlParser {

    static final int MAX_DEPTH = 200;
    /** Nodes after alias expansion; a billion-laughs document passes the alias cap but not this. */
    static final int MAX_NODES = 2_000_000;

    /** CloudFormation short-form tags and the long-form key each becomes. */
    private static final Map<String, String> CFN_TAGS = cfnTags();

    private static final String MERGE = "<<";

    private final String file;
    private final IdentityHashMap<org.snakeyaml.engine.v2.nodes.Node, Converted> anchors = new IdentityHashMap<>();
    private final Set<org.snakeyaml.engine.v2.nodes.Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private long nodes;

    private record Converted(Node node, long size) {
    }

    private YamlParser(String file) {
        this.file = file;
    }

    private static Map<String, String> cfnTags() {
        Map<String, String> m = new HashMap<>();
        for (String fn : List.of("And", "Base64", "Cidr", "Equals", "FindInMap", "GetAtt", "GetAZs", "If",
                "ImportValue", "Join", "Length", "Not", "Or", "Select", "Split", "Sub", "ToJsonString", "Transform",
                // functions of a template's Rules section
                "Contains", "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll")) {
            m.put("!" + fn, "Fn::" + fn);
        }
        m.put("!Ref", "Ref");
        m.put("!Condition", "Condition");
        return Map.copyOf(m);
    }

    public static Document parse(String file, String text) throws ParseException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(100)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(Integer.MAX_VALUE)
                .setUseMarks(true)
                .build();
        YamlParser p = new YamlParser(file);
        try {
            Iterator<org.snakeyaml.engine.v2.nodes.Node> docs = new Compose(settings).composeAllFromString(text).iterator();
            if (!docs.hasNext()) return new Document(file, Syntax.YAML, null);
            // Templates are single documents; a second document is ignored, as CloudFormation reads only one.
            return new Document(file, Syntax.YAML, p.convert(docs.next(), 0).node());
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            String what = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            Mark c = e.getContextMark().orElse(null);
            String context = e.getContext() == null ? ""
                    : " (" + e.getContext() + (c != null && m != null && c.getLine() != m.getLine() ? " started at line " + (c.getLine() + 1) : "") + ")";
            throw new ParseException("YAML: " + what + context, m == null ? Source.fileStart(file) : p.point(m));
        } catch (YamlEngineException e) {
            throw new ParseException("YAML: " + firstLine(e.getMessage()), Source.fileStart(file));
        } catch (StackOverflowError e) {
            throw new ParseException("YAML: document nested too deeply", Source.fileStart(file));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "malformed YAML" : s.lines().findFirst().orElse(s);
    }

    private Converted convert(org.snakeyaml.engine.v2.nodes.Node n, int depth) throws ParseException {
        if (depth > MAX_DEPTH) throw new ParseException("YAML: document nested more than " + MAX_DEPTH + " levels deep", start(n));
        Converted cached = anchors.get(n);
        if (cached != null) {
            count(cached.size(), n);
            return cached;
        }
        if (!inProgress.add(n)) throw new ParseException("YAML: recursive alias", start(n));
        long before = nodes;
        Node converted;
        try {
            String tag = n.getTag().getValue();
            String longForm = CFN_TAGS.get(tag);
            if (tag.startsWith("!") && !tag.startsWith("!!") && longForm == null && !isEnvVariable(n)) {
                throw new ParseException("YAML: unsupported tag " + tag, start(n));
            }
            Node body = switch (n.getNodeType()) {
                case SCALAR -> scalar((org.snakeyaml.engine.v2.nodes.ScalarNode) n, longForm != null);
                case SEQUENCE -> sequence((SequenceNode) n, depth);
                case MAPPING -> mapping((MappingNode) n, depth);
                default -> throw new ParseException("YAML: unsupported node", start(n));
            };
            converted = longForm == null ? body
                    : new MapNode(List.of(new MapNode.Entry(ScalarNode.string(longForm, start(n)), body)), body.source());
            count(1, n);
        } finally {
            inProgress.remove(n);
        }
        Converted c = new Converted(converted, nodes - before);
        if (n.getAnchor().isPresent()) anchors.put(n, c);
        return c;
    }

    /**
     * snakeyaml-engine gives a plain {@code ${NAME}} scalar the tag {@code !ENV_VARIABLE} (for its optional
     * environment substitution, which we never enable): it is an ordinary string, as in {@code Fn::Sub: ${X}}.
     */
    private static boolean isEnvVariable(org.snakeyaml.engine.v2.nodes.Node n) {
        return n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s && s.getScalarStyle() == ScalarStyle.PLAIN
                && n.getTag().equals(Tag.ENV_TAG);
    }

    private void count(long size, org.snakeyaml.engine.v2.nodes.Node at) throws ParseException {
        nodes += size;
        if (nodes > MAX_NODES) {
            throw new ParseException("YAML: document too large after alias expansion (more than " + MAX_NODES
                    + " nodes; an alias bomb?)", start(at));
        }
    }

    private ScalarNode scalar(org.snakeyaml.engine.v2.nodes.ScalarNode s, boolean cfnTagged) {
        String text = s.getValue();
        Source src = range(s);
        if (cfnTagged || s.getScalarStyle() != ScalarStyle.PLAIN && !s.getTag().equals(Tag.INT) && !s.getTag().equals(Tag.FLOAT)
                && !s.getTag().equals(Tag.BOOL) && !s.getTag().equals(Tag.NULL)) {
            return new ScalarNode(text, text, src);
        }
        Tag tag = s.getTag();
        if (tag.equals(Tag.NULL)) return new ScalarNode(null, text, src);
        if (tag.equals(Tag.BOOL)) return new ScalarNode(Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT)), text, src);
        if (tag.equals(Tag.INT)) {
            Object v = parseInt(text);
            return new ScalarNode(v == null ? text : v, text, src);
        }
        if (tag.equals(Tag.FLOAT)) {
            Object v = parseFloat(text);
            return new ScalarNode(v == null ? text : v, text, src);
        }
        return new ScalarNode(text, text, src);
    }

    static Object parseInt(String text) {
        String t = text.replace("_", "");
        int sign = 1;
        if (t.startsWith("-") || t.startsWith("+")) {
            if (t.startsWith("-")) sign = -1;
            t = t.substring(1);
        }
        int radix = 10;
        if (t.startsWith("0x")) {
            radix = 16;
            t = t.substring(2);
        } else if (t.startsWith("0o")) {
            radix = 8;
            t = t.substring(2);
        }
        try {
            BigInteger b = new BigInteger(t, radix);
            if (sign < 0) b = b.negate();
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Object parseFloat(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith(".inf")) return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (t.equals(".nan")) return Double.NaN;
        try {
            return Double.valueOf(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private ListNode sequence(SequenceNode s, int depth) throws ParseException {
        List<Node> items = new ArrayList<>(s.getValue().size());
        for (org.snakeyaml.engine.v2.nodes.Node item : s.getValue()) items.add(convert(item, depth + 1).node());
        Source src = s.getFlowStyle() == FlowStyle.FLOW || items.isEmpty() ? range(s) : spanTo(s, items.get(items.size() - 1));
        return new ListNode(items, src);
    }

    private MapNode mapping(MappingNode m, int depth) throws ParseException {
        Map<String, MapNode.Entry> explicit = new LinkedHashMap<>();
        List<org.snakeyaml.engine.v2.nodes.Node> merges = new ArrayList<>();
        Node last = null;
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode k)) {
                throw new ParseException("YAML: a mapping key must be a scalar", start(t.getKeyNode()));
            }
            Converted value = convert(t.getValueNode(), depth + 1);
            last = value.node();
            if (k.getValue().equals(MERGE) && k.getScalarStyle() == ScalarStyle.PLAIN) {
                merges.add(t.getValueNode());
                continue;
            }
            ScalarNode key = ScalarNode.string(k.getValue(), range(k));
            MapNode.Entry previous = explicit.get(k.getValue());
            if (previous != null) {
                throw new ParseException("duplicate key '" + k.getValue() + "' (first at line " + previous.key().source().line()
                        + ")", key.source());
            }
            explicit.put(k.getValue(), new MapNode.Entry(key, value.node()));
        }
        List<MapNode.Entry> entries = new ArrayList<>(explicit.values());
        // Merge keys: explicit keys win, then earlier merged maps over later ones (YAML merge key spec).
        Map<String, Boolean> seen = new HashMap<>();
        for (String k : explicit.keySet()) seen.put(k, true);
        for (org.snakeyaml.engine.v2.nodes.Node merge : merges) {
            List<org.snakeyaml.engine.v2.nodes.Node> sources = merge instanceof SequenceNode seq ? seq.getValue() : List.of(merge);
            for (org.snakeyaml.engine.v2.nodes.Node src : sources) {
                if (!(convert(src, depth + 1).node() instanceof MapNode merged)) {
                    throw new ParseException("YAML: a merge key '<<' needs a mapping or a list of mappings", start(src));
                }
                for (MapNode.Entry e : merged.entries()) {
                    if (seen.putIfAbsent(e.name(), true) == null) entries.add(e);
                }
            }
        }
        Source src = m.getFlowStyle() == FlowStyle.FLOW || last == null ? range(m) : spanTo(m, last);
        return new MapNode(entries, src);
    }

    private Source start(org.snakeyaml.engine.v2.nodes.Node n) {
        return n.getStartMark().map(this::point).orElse(Source.fileStart(file));
    }

    Source point(Mark m) {
        return Source.at(file, m.getLine() + 1, m.getColumn() + 1);
    }

    /** From the node's start to its end mark (exclusive end column, as SARIF wants). */
    private Source range(org.snakeyaml.engine.v2.nodes.Node n) {
        Mark s = n.getStartMark().orElse(null);
        Mark e = n.getEndMark().orElse(null);
        if (s == null) return Source.fileStart(file);
        if (e == null) return point(s);
        return new Source(file, s.getLine() + 1, s.getColumn() + 1, e.getLine() + 1, e.getColumn() + 1);
    }

    /** A block collection ends where its last value ends, not at the next token (which snakeyaml gives). */
    private Source spanTo(org.snakeyaml.engine.v2.nodes.Node n, Node last) {
        Source s = start(n);
        Source l = last.source();
        if (l.endLine() < s.line()) return s; // a merged value from an earlier anchor: keep the start
        return new Source(file, s.line(), s.column(), l.endLine(), l.endColumn());
    }
}
