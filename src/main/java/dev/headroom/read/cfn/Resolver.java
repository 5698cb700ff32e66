package dev.headroom.read.cfn;

import dev.headroom.model.Located;
import dev.headroom.model.Problem;
import dev.headroom.model.Reference;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.read.WorkBudget;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Static resolution of CloudFormation intrinsics: {@code Ref} to parameters with a {@code Default},
 * {@code Fn::If} on conditions that resolve from defaults, {@code Fn::FindInMap}, {@code Fn::Sub},
 * {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split} and a few pseudo parameters. Anything else is
 * unknown, with a reason. Work is bounded by a step budget per template and a nesting depth, so no
 * template can make it run long.
 */
public final class Resolver {

    /** The value of {@code Ref: AWS::NoValue}: the property is absent. */
    public static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "AWS::NoValue";
        }
    };

    private static final int MAX_DEPTH = 40;
    private static final Map<String, String> PSEUDO = Map.of(
            "AWS::Partition", "aws",
            "AWS::URLSuffix", "amazonaws.com");

    private final MapNode parameters;
    private final MapNode mappings;
    private final MapNode conditions;
    private final Set<String> resourceIds;
    private final Map<String, String> overrides;
    private final Map<String, Boolean> conditionCache = new HashMap<>();
    private final Set<String> conditionsInProgress = new HashSet<>();
    private final WorkBudget budget;

    /**
     * The most candidate values one unknown value keeps (branches of nested {@code Fn::If}s, allowed values):
     * past it the value is plainly unknown, so neither a wide list nor nested conditions multiply the work.
     */
    static final int MAX_CANDIDATES = 8;
    private Map<Node, Located<Object>> substituted = Map.of();
    private Map<String, Located<Object>> passed = Map.of();
    private List<Problem> problems = new ArrayList<>();

    public Resolver(MapNode template, Map<String, String> parameterOverrides) {
        this(template, parameterOverrides, new WorkBudget());
    }

    /** @param budget the file's work budget, shared with the reader that resolved it before (Serverless variables) */
    public Resolver(MapNode template, Map<String, String> parameterOverrides, WorkBudget budget) {
        this.budget = budget;
        this.parameters = template == null ? null : template.getMap("Parameters");
        this.mappings = template == null ? null : template.getMap("Mappings");
        this.conditions = template == null ? null : template.getMap("Conditions");
        MapNode resources = template == null ? null : template.getMap("Resources");
        Set<String> ids = new HashSet<>();
        if (resources != null) for (MapNode.Entry e : resources.entries()) ids.add(e.name());
        this.resourceIds = ids;
        this.overrides = parameterOverrides;
    }

    public boolean isResource(String logicalId) {
        return resourceIds.contains(logicalId);
    }

    /** Makes more logical ids resolvable as resources (those a format generates, such as Serverless functions). */
    public void addResourceIds(java.util.Collection<String> ids) {
        resourceIds.addAll(ids);
    }

    /**
     * Values a format substituted into the tree before CloudFormation resolution (Serverless variables): the
     * substituted node resolves to its entry, which keeps the line where the user wrote the variable, the
     * places where its value was found, or why it is unknown. Keyed by node identity.
     */
    public void substitutions(Map<Node, Located<Object>> byNode) {
        this.substituted = byNode;
    }

    /**
     * The values a parent stack passes to this one's parameters ({@code AWS::Serverless::Application}
     * {@code Parameters}), each located in the parent where the user edits it; they win over defaults and
     * {@code --param}, which are for the top-level template.
     */
    public void passedParameters(Map<String, Located<Object>> byName) {
        this.passed = Map.copyOf(byName);
    }

    /**
     * Follows {@code Fn::If} (and {@code Ref} to a parameter) to the node that applies with default
     * parameter values. Returns null when the branch is {@code AWS::NoValue}; returns {@code n} itself
     * when the choice cannot be made.
     */
    public Node select(Node n) {
        for (int depth = 0; n != null && depth < MAX_DEPTH; depth++) {
            String fn = Intrinsics.name(n);
            if ("Fn::If".equals(fn) && Intrinsics.argument(n) instanceof ListNode args && args.size() == 3) {
                Boolean c = condition(args.get(0), 0);
                if (c == null) return n;
                n = args.get(c ? 1 : 2);
            } else if ("Ref".equals(fn) && Intrinsics.argument(n) instanceof ScalarNode s) {
                if ("AWS::NoValue".equals(s.text())) return null;
                return n;
            } else {
                return n;
            }
        }
        return n;
    }

    /** Resolves a value node to a Java value (String, Long, Double, Boolean, List) or unknown. */
    public Located<Object> resolve(Node n) {
        return resolve(n, 0);
    }

    /** Where values of the wrong type ({@code 1000.5} where a whole number belongs) go, as HR900 problems. */
    public void problemsTo(List<Problem> sink) {
        this.problems = sink;
    }

    /**
     * Resolves to an int (numbers and numeric strings); a whole number beyond an int is kept as
     * {@link Integer#MAX_VALUE} (or {@code MIN_VALUE}), so that a limit rule still reports it. A number that is
     * not whole ({@code 1000.5}, {@code .inf}, {@code 1e400}) is an HR900 problem at its line and unknown; anything
     * else is unknown.
     */
    public Located<Integer> resolveInt(Node n) {
        Located<Object> v = resolve(n);
        String wrong = v.known() ? notWhole(v.value()) : null;
        if (wrong != null) {
            Problem p = Problem.of("HR900", v.source(), wrong + "; the deployment fails");
            if (!problems.contains(p)) problems.add(p);
            return Located.unknown(wrong, v.source());
        }
        return v.map(Resolver::toInt, "not a whole number");
    }

    private static final Pattern DECIMAL = Pattern.compile("\\s*[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+(\\.\\d*)?[eE][-+]?\\d+)\\s*");
    private static final Pattern WHOLE = Pattern.compile("\\s*-?\\d+\\s*");

    /** Why a number is not a whole number, or null when it is one (or is not a number at all). */
    private static String notWhole(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) return "expected a whole number, found a number too large to store or not a number";
            return d == Math.rint(d) ? null : "expected a whole number, found " + d;
        }
        if (v instanceof String s && s.length() <= 40 && DECIMAL.matcher(s).matches()) {
            return toInt(v) == null ? "expected a whole number, found '" + s.strip() + "'" : null;
        }
        return null;
    }

    public Located<String> resolveString(Node n) {
        return resolve(n).map(v -> v instanceof List || v == NO_VALUE ? null : scalarText(v), "not a string");
    }

    public Located<Boolean> resolveBoolean(Node n) {
        return resolve(n).map(v -> {
            if (v instanceof Boolean b) return b;
            if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) return Boolean.valueOf(s);
            return null;
        }, "not a boolean");
    }

    /**
     * A whole number as an int, saturated: 3000000000 or 26 digits is {@link Integer#MAX_VALUE}, above every
     * limit a rule checks. Null when {@code v} is not a whole number.
     */
    public static Integer toInt(Object v) {
        if (v instanceof Integer i) return i;
        if (v instanceof Long l) return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
        if (v instanceof java.math.BigInteger b) return b.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        if (v instanceof Double d && !d.isInfinite() && d == Math.rint(d)) return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, d));
        if (v instanceof String s && WHOLE.matcher(s).matches()) {
            String t = s.strip();
            boolean negative = t.startsWith("-");
            String digits = t.substring(negative ? 1 : 0).replaceFirst("^0+(?=\\d)", "");
            if (digits.length() > 10) return negative ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            return toInt(negative ? -Long.parseLong(digits) : Long.parseLong(digits));
        }
        return null;
    }

    static String scalarText(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
        return String.valueOf(v);
    }

    private Located<Object> resolve(Node n, int depth) {
        if (n == null) return Located.unknown("missing value", Source.fileStart("?"));
        if (!budget.step()) return Located.unknown(WorkBudget.EXHAUSTED, n.source());
        if (depth > MAX_DEPTH) return Located.unknown("intrinsics nested too deeply", n.source());
        Located<Object> sub = substituted.get(n);
        if (sub != null) return sub;
        if (n instanceof ScalarNode s) {
            return s.value() == null ? Located.unknown("null value", s.source()) : Located.of(s.value(), s.source());
        }
        if (n instanceof ListNode l) {
            List<Object> out = new ArrayList<>();
            List<Related> rel = new ArrayList<>();
            for (Node item : l.items()) {
                Located<Object> v = resolve(item, depth + 1);
                if (v.isUnknown()) return Located.unknown(v.unknownReason(), v.source());
                if (v.value() != NO_VALUE) out.add(v.value());
                rel.addAll(v.related());
            }
            return new Located<>(out, l.source(), rel, false, null);
        }
        String fn = Intrinsics.name(n);
        if (fn == null) return Located.unknown("a map where a value was expected", n.source());
        Node arg = Intrinsics.argument(n);
        return switch (fn) {
            case "Ref" -> ref(arg, n.source(), depth);
            case "Fn::If" -> fnIf(arg, n.source(), depth);
            case "Fn::FindInMap" -> findInMap(arg, n.source(), depth);
            case "Fn::Sub" -> sub(arg, n.source(), depth);
            case "Fn::Join" -> join(arg, n.source(), depth);
            case "Fn::Select" -> select(arg, n.source(), depth);
            case "Fn::Split" -> split(arg, n.source(), depth);
            case "Fn::GetAtt" -> Located.unknown("Fn::GetAtt is known only at deploy time", n.source());
            case "Fn::ImportValue" -> Located.unknown("Fn::ImportValue is known only at deploy time", n.source());
            default -> Located.unknown(fn + " is not resolved statically", n.source());
        };
    }

    private Located<Object> ref(Node arg, Source at, int depth) {
        if (!(arg instanceof ScalarNode s) || !s.isString()) return Located.unknown("Ref to a non-string", at);
        String name = s.text();
        if (name.equals("AWS::NoValue")) return Located.of(NO_VALUE, at);
        if (PSEUDO.containsKey(name)) return Located.of(PSEUDO.get(name), at);
        if (name.startsWith("AWS::")) return Located.unknown(name + " is known only at deploy time", at);
        MapNode p = parameters == null ? null : parameters.getMap(name);
        if (p != null && passed.containsKey(name)) {
            return passed.get(name).withRelated(new Related(at, "value of parameter " + name + " used here"));
        }
        if (overrides.containsKey(name)) return Located.of(overrides.get(name), at);
        if (p == null) {
            return Located.unknown(resourceIds.contains(name) ? "Ref to resource " + name + " is known only at deploy time"
                    : "Ref to unknown name " + name, at);
        }
        Node def = p.get("Default");
        if (def == null) return allowedValues(name, p, at);
        Located<Object> v = resolve(def, depth + 1);
        if (v.isUnknown()) return Located.unknown(v.unknownReason(), at);
        Object value = v.value();
        Node type = p.get("Type");
        if (type instanceof ScalarNode t && t.text().contains("List") && value instanceof String str) {
            value = List.of((Object[]) str.split(",", -1));
        }
        // The user edits the parameter's Default; the reference explains where it is used.
        return new Located<>(value, v.source(), List.of(new Related(at, "value of parameter " + name + " used here")),
                false, null);
    }

    private Located<Object> fnIf(Node arg, Source at, int depth) {
        if (!(arg instanceof ListNode args) || args.size() != 3) return Located.unknown("malformed Fn::If", at);
        Boolean c = condition(args.get(0), depth + 1);
        if (c == null) return branches(args, at, depth);
        return resolve(args.get(c ? 1 : 2), depth + 1);
    }

    /**
     * An {@code Fn::If} whose condition cannot be resolved is one of its branches: unknown, with each branch's
     * value (or the branch's own candidates) as a candidate, at most {@link #MAX_CANDIDATES}. A branch that is
     * unknown without candidates, or {@code AWS::NoValue}, leaves no set: then nothing can be said.
     */
    private Located<Object> branches(ListNode args, Source at, int depth) {
        String reason = "condition of Fn::If cannot be resolved";
        List<Located<Object>> all = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Located<Object> v = resolve(args.get(i), depth + 1);
            List<Located<Object>> some = v.known() ? List.of(v) : v.candidates();
            if (some.isEmpty() || some.stream().anyMatch(c -> c.value() == NO_VALUE)) return Located.unknown(reason, at);
            all.addAll(some);
            if (all.size() > MAX_CANDIDATES) return Located.unknown(reason, at);
        }
        Related choice = new Related(at, "one branch of this Fn::If, whose condition is known only at deploy time");
        return Located.oneOf(reason, at, all.stream().map(c -> c.withRelated(choice)).toList());
    }

    /**
     * A parameter without a default takes one of its {@code AllowedValues}: each is a candidate, located at the
     * allowed value, with the reference related. More than {@link #MAX_CANDIDATES} allowed values give no set.
     */
    private Located<Object> allowedValues(String name, MapNode parameter, Source at) {
        String reason = "parameter " + name + " has no Default";
        if (!(parameter.get("AllowedValues") instanceof ListNode allowed) || allowed.size() == 0
                || allowed.size() > MAX_CANDIDATES) {
            return Located.unknown(reason, at);
        }
        Related use = new Related(at, "value of parameter " + name + " used here; the parameter allows only these values");
        List<Located<Object>> candidates = new ArrayList<>();
        for (Node item : allowed.items()) {
            if (!(item instanceof ScalarNode s) || s.value() == null) return Located.unknown(reason, at);
            candidates.add(new Located<>(s.value(), s.source(), List.of(use), false, null));
        }
        return Located.oneOf(reason, at, candidates);
    }

    /** Evaluates a condition name (a scalar) or a condition function; null when unknown. */
    public Boolean condition(Node n, int depth) {
        if (n == null || depth > MAX_DEPTH || !budget.step()) return null;
        if (n instanceof ScalarNode s) {
            if (s.value() instanceof Boolean b) return b;
            return namedCondition(s.text(), depth);
        }
        String fn = Intrinsics.name(n);
        if (fn == null) return null;
        Node arg = Intrinsics.argument(n);
        switch (fn) {
            case "Condition":
                return arg instanceof ScalarNode s ? namedCondition(s.text(), depth) : null;
            case "Fn::Equals": {
                if (!(arg instanceof ListNode l) || l.size() != 2) return null;
                Located<Object> a = resolve(l.get(0), depth + 1);
                Located<Object> b = resolve(l.get(1), depth + 1);
                if (a.isUnknown() || b.isUnknown()) return null;
                return scalarText(a.value()).equals(scalarText(b.value()));
            }
            case "Fn::Not": {
                Node inner = arg instanceof ListNode l && l.size() == 1 ? l.get(0) : arg;
                Boolean v = condition(inner, depth + 1);
                return v == null ? null : !v;
            }
            case "Fn::And":
            case "Fn::Or": {
                if (!(arg instanceof ListNode l)) return null;
                boolean and = fn.equals("Fn::And");
                boolean sawUnknown = false;
                for (Node c : l.items()) {
                    Boolean v = condition(c, depth + 1);
                    if (v == null) sawUnknown = true;
                    else if (v != and) return v; // short-circuit: false for And, true for Or
                }
                return sawUnknown ? null : and;
            }
            default:
                return null;
        }
    }

    private Boolean namedCondition(String name, int depth) {
        if (conditionCache.containsKey(name)) return conditionCache.get(name);
        if (conditions == null || !conditions.has(name) || !conditionsInProgress.add(name)) return null;
        Boolean v;
        try {
            v = condition(conditions.get(name), depth + 1);
        } finally {
            conditionsInProgress.remove(name);
        }
        conditionCache.put(name, v);
        return v;
    }

    private Located<Object> findInMap(Node arg, Source at, int depth) {
        if (!(arg instanceof ListNode l) || l.size() < 3) return Located.unknown("malformed Fn::FindInMap", at);
        if (mappings == null) return Located.unknown("no Mappings section", at);
        List<Related> rel = new ArrayList<>();
        Node cursor = mappings;
        for (int i = 0; i < 3; i++) {
            Located<Object> key = resolve(l.get(i), depth + 1);
            if (key.isUnknown()) return Located.unknown("Fn::FindInMap key: " + key.unknownReason(), at);
            rel.addAll(key.related());
            if (!(cursor instanceof MapNode m) || !m.has(scalarText(key.value()))) {
                return Located.unknown("Fn::FindInMap: no entry '" + scalarText(key.value()) + "'", at);
            }
            cursor = m.get(scalarText(key.value()));
        }
        Located<Object> v = resolve(cursor, depth + 1);
        if (v.isUnknown()) return v;
        rel.add(0, new Related(at, "looked up by Fn::FindInMap here"));
        return v.withRelated(rel);
    }

    private Located<Object> sub(Node arg, Source at, int depth) {
        Node template = arg;
        Map<String, Node> vars = new LinkedHashMap<>();
        if (arg instanceof ListNode l && l.size() == 2 && l.get(1) instanceof MapNode m) {
            template = l.get(0);
            for (MapNode.Entry e : m.entries()) vars.put(e.name(), e.value());
        }
        if (!(template instanceof ScalarNode s) || !s.isString()) return Located.unknown("malformed Fn::Sub", at);
        StringBuilder out = new StringBuilder();
        List<Related> rel = new ArrayList<>();
        SubVariables m = new SubVariables(s.text());
        int last = 0;
        while (m.find()) {
            String refused = budget.append(out, s.text().substring(last, m.start()));
            if (refused != null) return Located.unknown(refused, at);
            last = m.end();
            String name = m.content().trim();
            if (name.startsWith("!")) {
                refused = budget.append(out, "${" + name.substring(1) + "}");
                if (refused != null) return Located.unknown(refused, at);
                continue;
            }
            Located<Object> v;
            if (vars.containsKey(name)) {
                v = resolve(vars.get(name), depth + 1);
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                return Located.unknown("${" + name + "} is known only at deploy time", at);
            } else {
                v = ref(ScalarNode.string(name, at), at, depth + 1);
            }
            if (v.isUnknown()) return Located.unknown(v.unknownReason(), at);
            refused = budget.append(out, scalarText(v.value()));
            if (refused != null) return Located.unknown(refused, at);
            rel.addAll(v.related());
        }
        String refused = budget.append(out, s.text().substring(last));
        if (refused != null) return Located.unknown(refused, at);
        return new Located<>(out.toString(), at, rel, false, null);
    }

    private Located<Object> join(Node arg, Source at, int depth) {
        if (!(arg instanceof ListNode l) || l.size() != 2) return Located.unknown("malformed Fn::Join", at);
        Located<Object> delim = resolve(l.get(0), depth + 1);
        Located<Object> items = resolve(l.get(1), depth + 1);
        if (delim.isUnknown()) return Located.unknown(delim.unknownReason(), at);
        if (items.isUnknown()) return Located.unknown(items.unknownReason(), at);
        if (!(items.value() instanceof List<?> list)) return Located.unknown("Fn::Join of a non-list", at);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            String refused = budget.append(b, (i > 0 ? scalarText(delim.value()) : "") + scalarText(list.get(i)));
            if (refused != null) return Located.unknown(refused, at);
        }
        return new Located<>(b.toString(), at, items.related(), false, null);
    }

    private Located<Object> select(Node arg, Source at, int depth) {
        if (!(arg instanceof ListNode l) || l.size() != 2) return Located.unknown("malformed Fn::Select", at);
        Located<Object> index = resolve(l.get(0), depth + 1);
        Integer i = index.known() ? toInt(index.value()) : null;
        if (i == null) return Located.unknown("Fn::Select index cannot be resolved", at);
        Node listNode = select(l.get(1));
        if (listNode instanceof ListNode items) {
            // Keep the selected item's own place when the list is written out.
            if (i < 0 || i >= items.size()) return Located.unknown("Fn::Select index out of range", at);
            return resolve(items.get(i), depth + 1);
        }
        Located<Object> list = resolve(l.get(1), depth + 1);
        if (list.isUnknown()) return Located.unknown(list.unknownReason(), at);
        if (!(list.value() instanceof List<?> values) || i < 0 || i >= values.size()) {
            return Located.unknown("Fn::Select index out of range", at);
        }
        return new Located<>(values.get(i), list.source(), list.related(), false, null);
    }

    private Located<Object> split(Node arg, Source at, int depth) {
        if (!(arg instanceof ListNode l) || l.size() != 2) return Located.unknown("malformed Fn::Split", at);
        Located<Object> delim = resolve(l.get(0), depth + 1);
        Located<Object> text = resolve(l.get(1), depth + 1);
        if (delim.isUnknown() || text.isUnknown()) return Located.unknown("Fn::Split operand cannot be resolved", at);
        String d = scalarText(delim.value());
        if (d.isEmpty()) return Located.unknown("Fn::Split with an empty delimiter", at);
        List<Object> parts = new ArrayList<>(List.of((Object[]) scalarText(text.value()).split(Pattern.quote(d), -1)));
        return new Located<>(parts, text.source(), text.related(), false, null);
    }

    /**
     * Every reference to a resource of this template inside {@code n}: {@code Ref}, {@code Fn::GetAtt} in both
     * forms, and {@code ${Res}}/{@code ${Res.Attr}} in {@code Fn::Sub}. Bounded by the step budget.
     */
    public List<Reference> references(Node n) {
        List<Reference> out = new ArrayList<>();
        collectReferences(n, out, 0);
        return out;
    }

    /** The first resource referenced in {@code n} ({@code Ref X}, {@code GetAtt X.Arn}, {@code ${X.Arn}}), or null. */
    public String referencedResource(Node n) {
        List<Reference> refs = references(n);
        return refs.isEmpty() ? null : refs.get(0).logicalId();
    }

    private void collectReferences(Node n, List<Reference> out, int depth) {
        if (n == null || depth > MAX_DEPTH || !budget.step()) return;
        if (n instanceof ListNode l) {
            for (Node i : l.items()) collectReferences(i, out, depth + 1);
            return;
        }
        if (!(n instanceof MapNode m)) return;
        String fn = Intrinsics.name(n);
        Node arg = fn == null ? null : Intrinsics.argument(n);
        if ("Ref".equals(fn) && arg instanceof ScalarNode s && resourceIds.contains(s.text())) {
            out.add(new Reference(s.text(), null, n.source()));
            return;
        }
        if ("Fn::GetAtt".equals(fn)) {
            String id = null;
            String attr = null;
            if (arg instanceof ScalarNode s) {
                int dot = s.text().indexOf('.');
                id = dot < 0 ? s.text() : s.text().substring(0, dot);
                attr = dot < 0 ? null : s.text().substring(dot + 1);
            } else if (arg instanceof ListNode l && l.size() >= 1 && l.get(0) instanceof ScalarNode s) {
                id = s.text();
                attr = l.get(1) instanceof ScalarNode a ? a.text() : null;
            }
            if (id != null && resourceIds.contains(id)) out.add(new Reference(id, attr, n.source()));
            return;
        }
        if ("Fn::Sub".equals(fn)) {
            Node template = arg instanceof ListNode l && l.size() >= 1 ? l.get(0) : arg;
            if (template instanceof ScalarNode s && s.isString()) {
                SubVariables mm = new SubVariables(s.text());
                while (mm.find()) {
                    String name = mm.content().trim();
                    int dot = name.indexOf('.');
                    String id = dot < 0 ? name : name.substring(0, dot);
                    if (resourceIds.contains(id)) {
                        out.add(new Reference(id, dot < 0 ? null : name.substring(dot + 1), n.source()));
                    }
                }
            }
            if (arg instanceof ListNode l && l.size() == 2) collectReferences(l.get(1), out, depth + 1);
            return;
        }
        for (MapNode.Entry e : m.entries()) collectReferences(e.value(), out, depth + 1);
    }
}
