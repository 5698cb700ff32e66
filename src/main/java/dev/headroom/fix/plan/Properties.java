package dev.headroom.fix.plan;

import dev.headroom.fix.Edit;
import dev.headroom.model.Origin;
import dev.headroom.model.Source;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;
import dev.headroom.tree.Syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets a property path under a resource: replaces a literal that is there, or inserts what is missing in the
 * style of the map it goes into — a block map gets a new line at its entries' indentation, a flow map or a
 * one-line JSON object a new entry after the last, a multi-line JSON object a new line at its members'
 * indentation. Maps on the path that are missing are created in the same style.
 */
final class Properties {

    private final Literals literals;
    private final TreeIndex index;
    private final TextPositions positions;
    private final String text;
    private final Syntax syntax;
    private final String eol;

    Properties(Literals literals, TreeIndex index, TextPositions positions, String text, Syntax syntax) {
        this.literals = literals;
        this.index = index;
        this.positions = positions;
        this.text = text;
        this.syntax = syntax;
        int lf = text.indexOf('\n');
        this.eol = lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
    }

    List<Edit> set(Origin resource, List<String> path, Object value) throws FixPlanner.Refused {
        MapNode.Entry entry = resource == null ? null : index.entryWithKeyAt(resource.source());
        if (entry == null) throw new FixPlanner.Refused("cannot find resource " + (resource == null ? "?" : resource.label()) + " in the file");
        if (!(entry.value() instanceof MapNode body)) throw new FixPlanner.Refused("resource " + resource.label() + " is not a map");
        List<Edit> edits = new ArrayList<>();
        setIn(body, entry.key(), body.source(), path, value, edits);
        return edits;
    }

    /** Sets {@code path} = {@code value} inside {@code map}, whose key is {@code mapKey}. */
    private void setIn(MapNode map, ScalarNode mapKey, Source resourceSpan, List<String> path, Object value, List<Edit> edits)
            throws FixPlanner.Refused {
        checkOwned(map, resourceSpan);
        String key = path.get(0);
        MapNode.Entry existing = map.entry(key);
        if (existing == null) {
            edits.add(insert(map, mapKey, key, nest(path.subList(1, path.size()), value)));
            return;
        }
        Node node = existing.value();
        if (path.size() > 1 || value instanceof Map) {
            if (!(node instanceof MapNode child) || isIntrinsic(child)) {
                throw notMap(key, node);
            }
            if (path.size() > 1) {
                setIn(child, existing.key(), resourceSpan, path.subList(1, path.size()), value, edits);
            } else {
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    setIn(child, existing.key(), resourceSpan, List.of(String.valueOf(e.getKey())), e.getValue(), edits);
                }
            }
            return;
        }
        if (!(node instanceof ScalarNode s)) throw notMap(key, node);
        if (sameValue(s, value)) return;
        checkOwned(s, resourceSpan);
        List<TreeIndex.Hit> hits = index.scalarsAt(s.source());
        if (hits.size() != 1) throw new FixPlanner.Refused(key + " is a YAML anchor used in several places");
        edits.add(literals.replace(hits.get(0), value));
    }

    private static FixPlanner.Refused notMap(String key, Node node) {
        if (node instanceof MapNode m && m.size() == 1 && m.entries().get(0).name().equals("Fn::If")) return Literals.ifRefusal();
        if (node instanceof MapNode m && isIntrinsic(m)) {
            return new FixPlanner.Refused(key + " is computed by " + m.entries().get(0).name());
        }
        return new FixPlanner.Refused(key + " is a " + node.kind() + ", not a map");
    }

    private static boolean isIntrinsic(MapNode m) {
        if (m.size() != 1) return false;
        String k = m.entries().get(0).name();
        return k.equals("Ref") || k.startsWith("Fn::") || k.equals("Condition");
    }

    private static boolean sameValue(ScalarNode s, Object value) {
        if (value instanceof Boolean b) return b.equals(s.value());
        if (value instanceof Number n) return s.value() instanceof Number m && m.doubleValue() == n.doubleValue();
        return String.valueOf(value).equals(s.text());
    }

    /** A node merged in from an anchor elsewhere is not the resource's own text: changing it changes others. */
    private static void checkOwned(Node n, Source resourceSpan) throws FixPlanner.Refused {
        Source s = n.source();
        boolean inside = compare(s.line(), s.column(), resourceSpan.line(), resourceSpan.column()) >= 0
                && compare(s.endLine(), s.endColumn(), resourceSpan.endLine(), resourceSpan.endColumn()) <= 0;
        if (!inside) throw new FixPlanner.Refused("the setting is merged in from a YAML anchor at line " + s.line());
    }

    private static int compare(int l1, int c1, int l2, int c2) {
        return l1 != l2 ? Integer.compare(l1, l2) : Integer.compare(c1, c2);
    }

    private static Object nest(List<String> rest, Object value) {
        Object v = value;
        for (int i = rest.size() - 1; i >= 0; i--) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(rest.get(i), v);
            v = m;
        }
        return v;
    }

    /** The edit that adds {@code key: value} to {@code map}. */
    private Edit insert(MapNode map, ScalarNode mapKey, String key, Object value) throws FixPlanner.Refused {
        int mapStart = positions.start(map.source());
        int mapEnd = positions.end(map.source());
        if (mapStart < 0 || mapEnd < mapStart) throw new FixPlanner.Refused("cannot find the map's text at line " + map.source().line());
        boolean braces = text.charAt(mapStart) == '{';
        if (braces) {
            if (mapEnd < 1 || text.charAt(mapEnd - 1) != '}') throw new FixPlanner.Refused("cannot find the end of the map at line " + map.source().line());
            if (map.size() == 0) {
                return at(mapStart + 1, inline(key, value));
            }
            int after = positions.end(last(map).value().source());
            if (syntax == Syntax.JSON && lineOf(last(map).key()) > map.source().line()) {
                String indent = indentOf(lineOf(last(map).key()));
                String step = stepOf(indent, indentOf(map.source().line()));
                return at(after, "," + eol + indent + jsonKey(key) + ": " + jsonBlock(value, indent, step));
            }
            return at(after, ", " + inline(key, value));
        }
        if (syntax != Syntax.YAML || map.size() == 0) throw new FixPlanner.Refused("cannot insert into the map at line " + map.source().line());
        // A block map: a new line after its last line, at its keys' indentation.
        int keyLine = lineOf(map.entries().get(0).key());
        int keyColumn = map.entries().get(0).key().source().column();
        String lineText = text.substring(positions.lineStart(keyLine), positions.lineEnd(keyLine));
        String indent = " ".repeat(Math.max(0, keyColumn - 1));
        if (lineText.length() >= keyColumn - 1 && lineText.substring(0, keyColumn - 1).isBlank()) indent = lineText.substring(0, keyColumn - 1);
        int step = mapKey == null ? 2 : keyColumn - mapKey.source().column();
        if (step <= 0) step = 2;
        int lastLine = map.source().endLine();
        String entry = indent + key + ":" + yamlBlock(value, indent, " ".repeat(step)) + eol;
        if (lastLine >= positions.lineCount()) {
            boolean endsWithBreak = !text.isEmpty() && (text.endsWith("\n") || text.endsWith("\r"));
            return at(text.length(), (endsWithBreak ? "" : eol) + entry);
        }
        return at(positions.lineStart(lastLine + 1), entry);
    }

    private Edit at(int offset, String inserted) {
        String file = literals.file();
        return new Edit(file, offset, offset, positions.range(file, offset, offset), inserted);
    }

    private static MapNode.Entry last(MapNode m) {
        return m.entries().get(m.size() - 1);
    }

    private static int lineOf(ScalarNode key) {
        return key.source().line();
    }

    private String indentOf(int line) {
        String l = text.substring(positions.lineStart(line), positions.lineEnd(line));
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) i++;
        return l.substring(0, i);
    }

    private static String stepOf(String inner, String outer) {
        return inner.startsWith(outer) && inner.length() > outer.length() ? inner.substring(outer.length()) : "  ";
    }

    /** {@code key: value} on one line: YAML flow or JSON. */
    private String inline(String key, Object value) {
        return (syntax == Syntax.JSON ? jsonKey(key) : key) + ": " + inlineValue(value);
    }

    private String inlineValue(Object value) {
        if (value instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) parts.add(inline(String.valueOf(e.getKey()), e.getValue()));
            return "{" + String.join(", ", parts) + "}";
        }
        return scalar(value);
    }

    private String scalar(Object value) {
        if (value instanceof String s && syntax == Syntax.JSON) return jsonKey(s);
        return String.valueOf(value);
    }

    private static String jsonKey(String key) {
        return "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The text after {@code key:} in a block map: a scalar on the same line, a map on the lines below. */
    private String yamlBlock(Object value, String indent, String step) {
        if (!(value instanceof Map<?, ?> m)) return " " + scalar(value);
        StringBuilder b = new StringBuilder();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            b.append(eol).append(indent).append(step).append(e.getKey()).append(':')
                    .append(yamlBlock(e.getValue(), indent + step, step));
        }
        return b.toString();
    }

    private String jsonBlock(Object value, String indent, String step) {
        if (!(value instanceof Map<?, ?> m)) return scalar(value);
        List<String> members = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            members.add(indent + step + jsonKey(String.valueOf(e.getKey())) + ": " + jsonBlock(e.getValue(), indent + step, step));
        }
        return "{" + eol + String.join("," + eol, members) + eol + indent + "}";
    }
}
