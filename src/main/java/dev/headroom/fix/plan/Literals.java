package dev.headroom.fix.plan;

import dev.headroom.fix.Edit;
import dev.headroom.model.Source;
import dev.headroom.tree.Document;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;
import dev.headroom.tree.Syntax;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the literal a model value is written as, and replaces it in the same quoting style. A serverless.yml
 * value reached through {@code ${self:...}} is edited where its value is written, never at each reference.
 */
final class Literals {

    private static final Pattern SELF = Pattern.compile("\\$\\{self:([A-Za-z0-9_.\\-\\[\\]]+)}");
    private static final Pattern SELF_REF = Pattern.compile("self:([A-Za-z0-9_.\\-\\[\\]]+)");
    private static final int MAX_HOPS = 10;

    /** The literal scalar that holds a value, and the variable references crossed to reach it. */
    record Found(TreeIndex.Hit hit, List<Source> hops) {
    }

    private final String file;
    private final String text;
    private final Syntax syntax;
    private final TextPositions positions;
    private final TreeIndex index;

    Literals(String file, String text, Syntax syntax, TextPositions positions, TreeIndex index) {
        this.file = file;
        this.text = text;
        this.syntax = syntax;
        this.positions = positions;
        this.index = index;
    }

    /** The literal written at {@code at}, following whole {@code ${self:path}} references. */
    Found follow(Source at) throws FixPlanner.Refused {
        List<Source> hops = new ArrayList<>();
        TreeIndex.Hit hit = only(at);
        for (int i = 0; i < MAX_HOPS; i++) {
            ScalarNode s = (ScalarNode) hit.node();
            if (!(s.isString() && s.text().contains("${"))) return new Found(checked(hit), hops);
            Matcher m = SELF.matcher(s.text());
            if (!m.matches()) {
                throw new FixPlanner.Refused("the value comes from " + s.text() + ", which fix does not follow; "
                        + "only a whole ${self:...} variable is edited where its value is written");
            }
            hops.add(s.source());
            Node target = lookup(m.group(1));
            if (!(target instanceof ScalarNode)) {
                throw new FixPlanner.Refused(s.text() + " does not lead to a value written in this file");
            }
            hit = only(target.source());
        }
        throw new FixPlanner.Refused("variables nested more than " + MAX_HOPS + " deep");
    }

    private Node lookup(String address) {
        Node cursor = index.root();
        for (String seg : address.replaceAll("\\[(\\d+)]", ".$1").split("\\.")) {
            if (seg.isEmpty()) continue;
            if (cursor instanceof MapNode m) cursor = m.get(seg);
            else if (cursor instanceof ListNode l && seg.matches("\\d{1,6}")) cursor = l.get(Integer.parseInt(seg));
            else return null;
            if (cursor == null) return null;
        }
        return cursor;
    }

    /** The one scalar written at {@code at}; refuses a non-literal or an anchor used in several places. */
    private TreeIndex.Hit only(Source at) throws FixPlanner.Refused {
        List<TreeIndex.Hit> scalars = index.scalarsAt(at);
        if (scalars.isEmpty()) {
            for (TreeIndex.Hit h : index.at(at)) {
                if (h.node() instanceof MapNode m && m.size() == 1) {
                    String key = m.entries().get(0).name();
                    if (key.equals("Fn::If")) throw ifRefusal();
                    if (key.equals("Ref")) throw new FixPlanner.Refused("the value comes from a Ref (a --param or a reference)");
                    throw new FixPlanner.Refused("the value is computed by " + key);
                }
            }
            throw new FixPlanner.Refused("no literal value is written at line " + at.line());
        }
        if (scalars.size() > 1) {
            throw new FixPlanner.Refused("the value at line " + at.line() + " is a YAML anchor used in several places");
        }
        return scalars.get(0);
    }

    static FixPlanner.Refused ifRefusal() {
        return new FixPlanner.Refused("the value is chosen by Fn::If: edit the branch each deployment uses by hand");
    }

    /** Refuses a literal inside an intrinsic function: its meaning depends on the function. */
    private TreeIndex.Hit checked(TreeIndex.Hit hit) throws FixPlanner.Refused {
        for (TreeIndex.Step step : hit.path()) {
            if (step.container() instanceof MapNode m && m.size() == 1 && step.key() != null
                    && (step.key().startsWith("Fn::") || step.key().equals("Ref"))) {
                if (step.key().equals("Fn::If")) throw ifRefusal();
                throw new FixPlanner.Refused("the value is inside " + step.key());
            }
        }
        return hit;
    }

    /** The edit that writes {@code value} in place of the literal, keeping its quoting. */
    Edit replace(TreeIndex.Hit hit, Object value) throws FixPlanner.Refused {
        ScalarNode s = (ScalarNode) hit.node();
        int start = positions.start(s.source());
        int end = positions.end(s.source());
        if (start < 0 || end < start) throw new FixPlanner.Refused("cannot find the value's text at line " + s.source().line());
        String written = text.substring(start, end);
        String quote = quoteOf(written, s);
        if (value instanceof Number && s.isString() && !s.text().strip().matches("-?\\d+")) {
            throw new FixPlanner.Refused("the value is written as '" + s.text() + "'; edit it by hand");
        }
        String rendered = String.valueOf(value);
        if (quote.isEmpty() && syntax == Syntax.JSON && value instanceof String) quote = "\"";
        return new Edit(file, start, end, positions.range(file, start, end), quote + rendered + quote);
    }

    /** The quote character around a scalar ("" when plain); refuses text that is not the scalar as parsed. */
    private static String quoteOf(String written, ScalarNode s) throws FixPlanner.Refused {
        if (written.equals(s.text()) && !written.isEmpty() && written.charAt(0) != '"' && written.charAt(0) != '\'') return "";
        if (written.length() >= 2) {
            char q = written.charAt(0);
            if ((q == '"' || q == '\'') && written.charAt(written.length() - 1) == q
                    && written.substring(1, written.length() - 1).equals(s.text())) {
                return String.valueOf(q);
            }
        }
        throw new FixPlanner.Refused("the value at line " + s.source().line() + " is not written as a simple literal");
    }

    /**
     * Where else the document refers to the value, beyond the model: {@code Ref} and {@code ${Name}} of a parameter
     * whose {@code Default} it is, {@code Fn::FindInMap} of its mapping, {@code ${self:...}} references of a
     * serverless.yml key. Also refuses a parameter default the parameter's own constraints would reject.
     */
    Set<Source> useSites(TreeIndex.Hit hit, Document doc) throws FixPlanner.Refused {
        List<String> keys = hit.keys();
        Set<Source> sites = new LinkedHashSet<>();
        boolean cfn = keys.size() >= 2 && (keys.get(0).equals("Parameters") || keys.get(0).equals("Mappings"));
        if (cfn && keys.get(0).equals("Parameters")) {
            String name = keys.get(1);
            for (TreeIndex.Hit h : index.all()) {
                if (h.node() instanceof MapNode m && m.size() == 1) {
                    MapNode.Entry e = m.entries().get(0);
                    if (e.name().equals("Ref") && e.value() instanceof ScalarNode s && s.text().equals(name)) sites.add(m.source());
                    if (e.name().equals("Fn::Sub") && mentions(e.value(), "${" + name + "}")) sites.add(m.source());
                }
            }
        } else if (cfn) {
            String map = keys.get(1);
            for (TreeIndex.Hit h : index.all()) {
                if (h.node() instanceof MapNode m && m.size() == 1 && m.entries().get(0).name().equals("Fn::FindInMap")) {
                    Node args = m.entries().get(0).value();
                    Node first = args instanceof ListNode l ? l.get(0) : null;
                    if (!(first instanceof ScalarNode s) || s.text().equals(map)) sites.add(m.source());
                }
            }
        } else if (!keys.isEmpty() && !keys.get(0).equals("Resources") && !keys.get(0).equals("Globals")) {
            // serverless.yml: every ${self:...} that names this key or a map around it
            if (keys.get(0).equals("params") || keys.get(0).equals("stages")) {
                throw new FixPlanner.Refused("the value is a stage parameter (${param:...}); edit it by hand");
            }
            String path = String.join(".", keys).replace(".[", "[");
            String dotted = path.replaceAll("\\[(\\d+)]", ".$1");
            for (TreeIndex.Hit h : index.all()) {
                if (!(h.node() instanceof ScalarNode s) || !s.isString() || !s.text().contains("self:")) continue;
                Matcher m = SELF_REF.matcher(s.text());
                while (m.find()) {
                    String ref = m.group(1).replaceAll("\\[(\\d+)]", ".$1");
                    if (ref.equals(dotted) || dotted.startsWith(ref + ".")) sites.add(s.source());
                }
            }
        }
        return sites;
    }

    private static boolean mentions(Node n, String needle) {
        if (n instanceof ScalarNode s) return s.text().contains(needle);
        if (n instanceof ListNode l) return l.size() > 0 && mentions(l.get(0), needle);
        return false;
    }

    /** Refuses a new parameter default outside the parameter's {@code AllowedValues}, {@code MinValue}, {@code MaxValue}. */
    static void checkParameterConstraints(TreeIndex.Hit hit, Object value) throws FixPlanner.Refused {
        List<String> keys = hit.keys();
        if (keys.size() != 3 || !keys.get(0).equals("Parameters") || !keys.get(2).equals("Default")) return;
        if (!(hit.path().get(2).container() instanceof MapNode param)) return;
        String v = String.valueOf(value);
        if (param.get("AllowedValues") instanceof ListNode allowed
                && allowed.items().stream().noneMatch(n -> n instanceof ScalarNode s && s.text().equals(v))) {
            throw new FixPlanner.Refused("parameter " + keys.get(1) + " does not allow " + v + " (AllowedValues)");
        }
        if (value instanceof Number n) {
            if (param.get("MinValue") instanceof ScalarNode min && min.value() instanceof Number m && n.doubleValue() < m.doubleValue()
                    || param.get("MaxValue") instanceof ScalarNode max && max.value() instanceof Number x && n.doubleValue() > x.doubleValue()) {
                throw new FixPlanner.Refused("parameter " + keys.get(1) + " does not allow " + v + " (MinValue/MaxValue)");
            }
        }
    }

    String file() {
        return file;
    }
}
