package dev.headroom.read.cfn;

import dev.headroom.model.Origin;
import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.model.Stack;
import dev.headroom.read.CdkHelpers;
import dev.headroom.read.ReadOptions;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CloudFormation {@code Resources} section being read into a stack: the resources by logical id, the
 * resolver for their intrinsics and the builder that collects model elements. Shared by the family readers.
 */
public final class Template {

    /** One resource: its logical id, type, key, properties and origin. */
    public record Resource(String id, String type, MapNode body, Source key, Origin origin, Props props) {
    }

    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Resolver resolver;
    private final Stack.Builder out;

    public Template(MapNode resourcesSection, Resolver resolver, Stack.Builder out, ReadOptions options) {
        this.resolver = resolver;
        this.out = out;
        resolver.problemsTo(out.problems);
        if (resourcesSection == null) return;
        for (MapNode.Entry e : resourcesSection.entries()) {
            if (!(e.value() instanceof MapNode body)) continue;
            if (!(body.get("Type") instanceof ScalarNode t) || !t.isString()) {
                out.problems.add(Problem.of("HR900", e.key().source(), "resource " + e.name() + typeProblem(body.get("Type"))));
                continue;
            }
            Origin origin = Origin.of(e.name(), t.text(), e.key().source());
            String path = cdkPath(body);
            if (path != null) {
                origin = origin.withConstruct(path, options.constructTypes().get(path))
                        .withCdk(options.constructSources().get(path), isCdkHelper(path, options));
            }
            MapNode propsNode = body.get("Properties") instanceof MapNode m ? m : new MapNode(java.util.List.of(), e.key().source());
            resources.put(e.name(), new Resource(e.name(), t.text(), body, e.key().source(), origin,
                    new Props(propsNode, resolver, e.key().source())));
        }
    }

    /**
     * A CDK assembly's reader knows its helpers from the whole construct tree; a CDK template read on its own
     * ({@code cdk synth > template.yaml}) still tells them by their construct path.
     */
    private static boolean isCdkHelper(String path, ReadOptions options) {
        return options.cdkHelpers().contains(path) || CdkHelpers.isHelper(path, Map.of());
    }

    private static String cdkPath(MapNode body) {
        if (body.get("Metadata") instanceof MapNode md && md.get("aws:cdk:path") instanceof ScalarNode p && p.isString()) {
            return p.text();
        }
        return null;
    }

    public Iterable<Resource> resources() {
        return resources.values();
    }

    public Resource resource(String id) {
        return id == null ? null : resources.get(id);
    }

    /** The logical id that {@code n} references when that resource has type {@code type}, else null. */
    public String referencedOfType(Node n, String type) {
        if (n == null) return null;
        for (var ref : resolver.references(n)) {
            Resource r = resources.get(ref.logicalId());
            if (r != null && r.type().equals(type)) return r.id();
        }
        return null;
    }

    /**
     * Like {@link #referencedOfType}, but null when {@code n} references two different resources of that type
     * (an {@code Fn::If} between two services, one of which exists): the reference is then ambiguous.
     */
    public String referencedOnlyOfType(Node n, String type) {
        if (n == null) return null;
        String found = null;
        for (var ref : resolver.references(n)) {
            Resource r = resources.get(ref.logicalId());
            if (r == null || !r.type().equals(type)) continue;
            if (found != null && !found.equals(r.id())) return null;
            found = r.id();
        }
        return found;
    }

    /** The logical id that {@code n} references when the resource is a Lambda function of any flavour. */
    public String referencedFunction(Node n) {
        return referencedFunction(n, 0);
    }

    /**
     * An alias or version invokes its function: an API integration or event source that targets
     * {@code Fn.Alias} (as CDK writes for provisioned concurrency) triggers {@code Fn}.
     */
    private String referencedFunction(Node n, int depth) {
        if (n == null || depth > 2) return null;
        for (var ref : resolver.references(n)) {
            Resource r = resources.get(ref.logicalId());
            if (r != null && isFunctionType(r.type())) return r.id();
            if (r == null && functionIds.containsKey(ref.logicalId())) return ref.logicalId();
            if (r != null && (r.type().equals("AWS::Lambda::Alias") || r.type().equals("AWS::Lambda::Version"))) {
                String fn = referencedFunction(r.props().node("FunctionName"), depth + 1);
                if (fn == null && r.type().equals("AWS::Lambda::Alias")) {
                    Resource v = resource(referencedOfType(r.props().node("FunctionVersion"), "AWS::Lambda::Version"));
                    if (v != null) fn = referencedFunction(v.props().node("FunctionName"), depth + 1);
                }
                if (fn != null) return fn;
            }
        }
        return null;
    }

    private final Map<String, Boolean> functionIds = new LinkedHashMap<>();

    /** Declares function logical ids that are not in {@code Resources} (Serverless functions). */
    public void addFunctionIds(Iterable<String> ids) {
        for (String id : ids) functionIds.put(id, true);
    }

    public static boolean isFunctionType(String type) {
        return type.equals("AWS::Lambda::Function") || type.equals("AWS::Serverless::Function");
    }

    public Resolver resolver() {
        return resolver;
    }

    public Stack.Builder out() {
        return out;
    }

    /** Why a resource has no usable type; a Rain module (a pre-processor directive) says what to do. */
    private static String typeProblem(Node type) {
        if (type == null) return " has no Type";
        if (type instanceof MapNode m && m.entries().stream().anyMatch(x -> x.name().startsWith("Rain::"))) {
            return ": Type is a Rain directive; scan the template that `rain pkg` writes";
        }
        return ": Type is not a string";
    }
}
