package dev.headroom.read.sls;

import dev.headroom.model.Located;
import dev.headroom.model.Problem;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.model.Stack;
import dev.headroom.model.Unresolved;
import dev.headroom.read.ReadOptions;
import dev.headroom.read.WorkBudget;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves Serverless Framework variables statically into a copy of the tree. A scalar that was a variable
 * becomes a node at the same place (where the user wrote it); its {@link #substitutions()} entry names the
 * places where the value was found, or why it is unknown. {@code ${ssm:}}, {@code ${cf:}}, {@code ${s3:}},
 * {@code ${aws:}} and unknown sources are deploy-time values: unknown. {@code ${env:}} is read only when the
 * user allows it, and a value from the environment is never a model value (reports print model values):
 * it may only steer a lookup ({@code ${self:custom.t.${env:STAGE}}}).
 *
 * <p>Work is bounded: variables nest at most {@value #MAX_DEPTH} deep, a file spends at most
 * {@value #MAX_STEPS} steps, a variable met again while it is being resolved is a cycle (unknown), and the
 * strings it builds are bounded in size by the file's {@link WorkBudget}.
 */
public final class Variables {

    static final int MAX_DEPTH = 20;
    static final int MAX_STEPS = 100_000;
    private static final Pattern REFERENCE = Pattern.compile("^([A-Za-z][\\w-]*)(?:\\((.*)\\))?(?::(.*))?$", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** What a variable evaluated to: a value (scalar or resolved subtree), or unknown; {@code secret} from env. */
    record Val(Object value, Source foundAt, List<Related> related, String unknown, boolean secret) {
        static Val unknown(String reason) {
            return new Val(null, null, List.of(), reason, false);
        }

        static Val literal(Object v, boolean secret) {
            return new Val(v, null, List.of(), null, secret);
        }

        boolean isUnknown() {
            return unknown != null;
        }
    }

    private final MapNode root;
    private final ReadOptions options;
    private final Map<String, String> env;
    private final IncludedFiles files;
    private final Stack.Builder out;
    private final WorkBudget budget;
    private final Map<Node, Node> resolved = new IdentityHashMap<>();
    private final Map<Node, Located<Object>> substitutions = new IdentityHashMap<>();
    private final Set<Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private String stage;
    private Source writtenAt;
    private int steps;

    public Variables(MapNode root, ReadOptions options, Map<String, String> env, IncludedFiles files, Stack.Builder out,
                     WorkBudget budget) {
        this.budget = budget;
        this.root = root;
        this.options = options;
        this.env = env;
        this.files = files;
        this.out = out;
    }

    /** The whole document with its variables resolved. */
    public MapNode resolveTree() {
        return (MapNode) resolve(root, 0);
    }

    /** Substituted nodes (by identity) with their values, places and unknown reasons; for the CloudFormation resolver. */
    public Map<Node, Located<Object>> substitutions() {
        return substitutions;
    }

    /** The stage: {@code --stage}, else {@code provider.stage}, else the Framework's default {@code dev}. */
    public String stage() {
        if (stage != null) return stage;
        stage = options.stage();
        if (stage == null) {
            stage = "dev"; // provisional, so that provider.stage: ${sls:stage} cannot loop
            Val v = lookup(root, "provider.stage", 0);
            if (v != null && !v.isUnknown() && !v.secret() && !(v.value() instanceof Node)) stage = String.valueOf(v.value());
        }
        return stage;
    }

    Node resolve(Node n, int depth) {
        Node done = resolved.get(n);
        if (done != null) return done;
        Node r;
        if (n instanceof MapNode m) {
            List<MapNode.Entry> entries = new ArrayList<>(m.size());
            for (MapNode.Entry e : m.entries()) entries.add(new MapNode.Entry(e.key(), resolve(e.value(), depth)));
            r = new MapNode(entries, m.source());
        } else if (n instanceof ListNode l) {
            List<Node> items = new ArrayList<>(l.size());
            for (Node i : l.items()) items.add(resolve(i, depth));
            r = new ListNode(items, l.source());
        } else if (n instanceof ScalarNode s && s.isString() && VariableSyntax.hasVariable(s.text())) {
            if (!inProgress.add(s)) return unknownNode(s, "variable cycle through " + s.text());
            Source outer = writtenAt;
            writtenAt = s.source();
            try {
                r = substitute(s, depth);
            } finally {
                inProgress.remove(s);
                writtenAt = outer;
            }
        } else {
            r = n;
        }
        resolved.put(n, r);
        return r;
    }

    private Node substitute(ScalarNode s, int depth) {
        Val v = evalText(s.text(), depth);
        if (v.isUnknown()) return unknownNode(s, v.unknown());
        if (v.secret()) return unknownNode(s, "a value from ${env:...} is not used, so that no report shows it");
        if (v.value() instanceof Node subtree) return subtree;
        List<Related> related = new ArrayList<>();
        if (v.foundAt() != null && !v.foundAt().equals(s.source())) related.add(new Related(v.foundAt(), "value of " + s.text()));
        related.addAll(v.related());
        ScalarNode node = new ScalarNode(v.value(), String.valueOf(v.value()), s.source());
        substitutions.put(node, new Located<>(v.value(), s.source(), related, false, null));
        return node;
    }

    private Node unknownNode(ScalarNode s, String reason) {
        // A string placeholder (not a null, which would read as "vpc: ~"); the resolver sees it as unknown.
        ScalarNode node = new ScalarNode(s.text(), s.text(), s.source());
        substitutions.put(node, Located.unknown(reason, s.source()));
        out.unresolved.add(new Unresolved(s.text(), s.source(), reason));
        return node;
    }

    /** A whole string: one variable keeps its value's type; anything else is interpolated into a string. */
    private Val evalText(String text, int depth) {
        List<VariableSyntax.Segment> segments = VariableSyntax.segments(text);
        if (segments.size() == 1 && segments.get(0).variable()) {
            Val v = evalVariable(segments.get(0).text(), depth);
            return v != null ? v : Val.unknown("${" + segments.get(0).text() + "} has no value and no fallback");
        }
        StringBuilder b = new StringBuilder();
        List<Related> related = new ArrayList<>();
        boolean secret = false;
        for (VariableSyntax.Segment seg : segments) {
            if (!seg.variable()) {
                String refused = budget.append(b, seg.text());
                if (refused != null) return Val.unknown(refused);
                continue;
            }
            Val v = evalVariable(seg.text(), depth);
            if (v == null) return Val.unknown("${" + seg.text() + "} has no value and no fallback");
            if (v.isUnknown()) return v;
            if (v.value() instanceof Node) return Val.unknown("${" + seg.text() + "} is a map or list inside a string");
            String refused = budget.append(b, text(v.value()));
            if (refused != null) return Val.unknown(refused);
            if (v.foundAt() != null) related.add(new Related(v.foundAt(), "value of ${" + seg.text() + "}"));
            related.addAll(v.related());
            secret |= v.secret();
        }
        return new Val(b.toString(), null, related, null, secret);
    }

    /** One variable's content: the first alternative that has a value; null when none has. */
    private Val evalVariable(String content, int depth) {
        if (depth > MAX_DEPTH) return Val.unknown("variables nested more than " + MAX_DEPTH + " deep");
        if (++steps > MAX_STEPS) return Val.unknown("variable resolution budget exceeded");
        for (String alt : VariableSyntax.alternatives(content)) {
            Val v = alternative(alt, depth + 1);
            if (v != null) return v; // an unknown stops the chain: the value exists at deploy time
        }
        return null;
    }

    private Val alternative(String alt, int depth) {
        if (alt.isEmpty()) return null;
        char first = alt.charAt(0);
        if ((first == '\'' || first == '"') && alt.length() >= 2 && alt.charAt(alt.length() - 1) == first) {
            return Val.literal(alt.substring(1, alt.length() - 1), false);
        }
        if (NUMBER.matcher(alt).matches()) {
            // Too long for a long (no real setting is): keep the digits as text.
            Object n = alt.contains(".") ? Double.valueOf(alt) : alt.length() < 19 ? Long.valueOf(alt) : alt;
            return Val.literal(n, false);
        }
        if (alt.equals("true") || alt.equals("false")) return Val.literal(Boolean.valueOf(alt), false);
        if (VariableSyntax.isWholeVariable(alt)) return evalVariable(alt.substring(2, alt.length() - 1), depth);
        String reference = alt;
        boolean steered = false;
        if (VariableSyntax.hasVariable(alt)) {
            Val inner = evalText(alt, depth);
            if (inner.isUnknown()) return inner;
            reference = text(inner.value());
            steered = inner.secret();
        }
        Matcher m = REFERENCE.matcher(reference);
        if (!m.matches()) return Val.unknown("'" + alt + "' is not a variable or a quoted literal");
        Val v = source(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3).trim(), alt, steered, depth);
        // A reason built from an address that an env value steered would show that value: use the written text.
        return steered && v != null && v.isUnknown() ? Val.unknown(alt + " cannot be resolved statically") : v;
    }

    private Val source(String name, String param, String address, String written, boolean steered, int depth) {
        switch (name) {
            case "self": {
                Val v = lookup(root, address, depth);
                // The Framework fills in provider.stage and provider.region before it resolves variables.
                if (v == null && address.equals("provider.stage")) return Val.literal(stage(), false);
                if (v == null && address.equals("provider.region")) {
                    return Val.literal(options.region() == null ? "us-east-1" : options.region(), false);
                }
                return v;
            }
            case "opt":
                if (address.equals("stage")) return options.stage() == null ? null : Val.literal(options.stage(), false);
                if (address.equals("region")) return options.region() == null ? null : Val.literal(options.region(), false);
                return null;
            case "sls":
                if (address.equals("stage")) return Val.literal(stage(), false);
                return Val.unknown("${sls:" + address + "} is known only at deploy time");
            case "param":
                return param(address, depth);
            case "file":
                if (param == null) return Val.unknown("${file} without a path");
                if (steered) return Val.unknown("the path of " + written + " depends on ${env:...}");
                return files.value(param.trim(), address, writtenAt, this, depth);
            case "env":
                if (!options.allowEnv()) return Val.unknown("${env:" + address + "} is read only with --allow-env");
                String value = env.get(address);
                return value == null ? null : Val.literal(value, true);
            case "strToBool": {
                Val v = strToBool(param);
                return steered && !v.isUnknown() ? Val.literal(v.value(), true) : v; // derived from env: never shown
            }
            default:
                // The address is named unless ${env:...} helped build it: an environment value never reaches a report.
                return Val.unknown("${" + name + ":" + (steered ? "..." : address) + "} is resolved at deploy time");
        }
    }

    /** {@code --param}, then the stage's params, then the default ones; v3 {@code params:} or v4 {@code stages:}. */
    private Val param(String key, int depth) {
        if (options.parameters().containsKey(key)) return Val.literal(options.parameters().get(key), false);
        for (String scope : List.of(stage(), "default")) {
            for (String path : List.of("params." + scope + ".", "stages." + scope + ".params.")) {
                Val v = lookup(root, path + key, depth);
                if (v != null) return v;
            }
        }
        return null;
    }

    private static Val strToBool(String param) {
        String p = param == null ? "" : param.trim();
        if (p.length() >= 2 && (p.charAt(0) == '\'' || p.charAt(0) == '"')) p = p.substring(1, p.length() - 1);
        return switch (p.trim()) {
            case "true", "1" -> Val.literal(true, false);
            case "false", "0" -> Val.literal(false, false);
            default -> Val.unknown("${strToBool(" + param + ")} is not true, false, 1 or 0");
        };
    }

    /**
     * Follows a dotted address ({@code custom.timeouts.dev}, {@code custom.list.0} or {@code custom.list[0]}) from
     * {@code start}; null when it leads nowhere (the Framework then uses the fallback).
     */
    Val lookup(Node start, String address, int depth) {
        Node cursor = start;
        String path = address.replaceAll("\\[(\\d+)]", ".$1");
        if (!path.isEmpty()) {
            for (String segment : path.split("\\.")) {
                if (segment.isEmpty()) continue;
                if (cursor instanceof ScalarNode s && s.isString() && VariableSyntax.hasVariable(s.text())) {
                    cursor = resolve(cursor, depth + 1);
                }
                if (cursor instanceof MapNode m) {
                    cursor = m.get(segment);
                } else if (cursor instanceof ListNode l && segment.matches("\\d{1,6}")) {
                    cursor = l.get(Integer.parseInt(segment));
                } else {
                    return null;
                }
                if (cursor == null) return null;
            }
        }
        return valueOf(resolve(cursor, depth + 1));
    }

    private Val valueOf(Node n) {
        Located<Object> sub = substitutions.get(n);
        if (sub != null) {
            if (sub.isUnknown()) return Val.unknown(sub.unknownReason());
            return new Val(sub.value(), sub.source(), sub.related(), null, false);
        }
        if (n instanceof ScalarNode s) return s.isNull() ? null : new Val(s.value(), s.source(), List.of(), null, false);
        return new Val(n, n.source(), List.of(), null, false);
    }

    /** Records a problem of the file (a {@code ${file()}} outside the project), once per place. */
    void problem(Source at, String message) {
        Problem p = Problem.of("HR900", at, message);
        if (!out.problems.contains(p)) out.problems.add(p);
    }

    private static String text(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
        return String.valueOf(v);
    }
}
