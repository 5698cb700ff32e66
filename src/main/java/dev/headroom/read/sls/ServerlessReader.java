package dev.headroom.read.sls;

import dev.headroom.model.InputFormat;
import dev.headroom.model.Source;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.read.WorkBudget;
import dev.headroom.read.cfn.CloudFormationReader;
import dev.headroom.read.cfn.Resolver;
import dev.headroom.read.Traffic;
import dev.headroom.read.cfn.Template;
import dev.headroom.read.cfn.TrafficResources;
import dev.headroom.tree.Document;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Serverless Framework service ({@code serverless.yml}, v3 and v4): variables first, then the
 * functions with {@code provider} inheritance and their events, then the raw CloudFormation of
 * {@code resources:} with the same reader as a template, so that both worlds meet in one stack and every
 * finding points at a line of serverless.yml (or of a file it includes). The workers of serverless-lift queue
 * constructs are functions too ({@link LiftConstructs}).
 */
public final class ServerlessReader {

    private ServerlessReader() {
    }

    public static Stack read(Document doc, ReadOptions options) {
        return read(doc, options, System.getenv());
    }

    static Stack read(Document doc, ReadOptions options, Map<String, String> env) {
        MapNode raw = (MapNode) doc.root();
        Path file = Path.of(doc.file());
        Stack.Builder out = new Stack.Builder(doc.file(), InputFormat.SERVERLESS, file.getFileName().toString());
        Path dir = file.getParent() == null ? Path.of(".") : file.getParent();
        WorkBudget budget = new WorkBudget();
        Variables vars = new Variables(raw, options, env, new IncludedFiles(dir), out, budget);
        MapNode root = vars.resolveTree();
        if (root.get("service") instanceof ScalarNode s && s.isString() && !vars.substitutions().containsKey(s)) {
            out.name(s.text());
        }

        Map<String, MapNode.Entry> functions = functions(root);
        LiftConstructs lift = new LiftConstructs(root);
        lift.workers().forEach(functions::putIfAbsent);
        String notice = lift.notice(doc.file());
        if (notice != null) out.notices.add(notice);
        Map<String, String> ids = new LinkedHashMap<>();
        for (String name : functions.keySet()) ids.put(name, logicalId(name));

        MapNode template = template(root.get("resources"), doc.file());
        Resolver resolver = new Resolver(template, options.parameters(), budget);
        resolver.addResourceIds(ids.values());
        resolver.substitutions(vars.substitutions());
        Template t = new Template(template.getMap("Resources"), resolver, out, options);
        t.addFunctionIds(ids.values());

        ServerlessFunctions fns = new ServerlessFunctions(t, root.getMap("provider"));
        functions.forEach((name, entry) -> fns.read(name, ids.get(name), entry));
        lift.subscribe(t, ids);
        CloudFormationReader.readResources(t);
        TrafficResources.read(t, null);
        customTraffic(root, functions.keySet(), ids, t);
        out.region(region(root, options));
        return out.build();
    }

    /** The deployment region: {@code --region}, else {@code provider.region} as resolved, else null. */
    private static String region(MapNode root, ReadOptions options) {
        if (options.region() != null) return options.region();
        MapNode provider = root.getMap("provider");
        return provider != null && provider.get("region") instanceof ScalarNode r && r.isString() ? r.text() : null;
    }

    /**
     * {@code custom.headroom.traffic.<function key>} (keys under a function would trip the Framework's schema
     * warnings); an ECS service of {@code resources:} is named by its logical id.
     */
    private static void customTraffic(MapNode root, java.util.Set<String> functionKeys, Map<String, String> ids, Template t) {
        MapNode custom = root.getMap("custom");
        MapNode.Entry traffic = custom == null ? null : Traffic.declaration(custom);
        if (traffic == null) return;
        if (!(traffic.value() instanceof MapNode byKey)) {
            t.out().problems.add(Traffic.problem(traffic.value().source(),
                    "custom.headroom.traffic must map function keys to traffic profiles, found " + traffic.value().kind()));
            return;
        }
        for (MapNode.Entry e : byKey.entries()) {
            String target = functionKeys.contains(e.name()) ? ids.get(e.name()) : null;
            if (target == null && t.resource(e.name()) != null && t.resource(e.name()).type().equals("AWS::ECS::Service")) {
                target = e.name();
            }
            if (target == null) {
                t.out().problems.add(Traffic.problem(e.key().source(), "custom.headroom.traffic." + e.name()
                        + " names no function of this service (nor an ECS service of resources:)"));
                continue;
            }
            Traffic.Partial p = Traffic.read(e, Traffic.Partial.EMPTY, t.out().problems);
            if (p == null) continue;
            var profile = Traffic.profile(target, p, e.key().source(), t.out().problems, false);
            if (profile != null) t.out().traffic.add(profile);
        }
    }

    /** {@code functions:} as a map, or as a list of maps (merged in order), by function key. */
    private static Map<String, MapNode.Entry> functions(MapNode root) {
        Map<String, MapNode.Entry> out = new LinkedHashMap<>();
        for (MapNode m : maps(root.get("functions"))) {
            for (MapNode.Entry e : m.entries()) if (e.value() instanceof MapNode) out.put(e.name(), e);
        }
        return out;
    }

    /**
     * The CloudFormation part of {@code resources:} (a map, or a list of maps merged) as a template map with
     * {@code Resources}, {@code Conditions}, {@code Mappings} and {@code Outputs}. An entry without {@code Type}
     * overrides a resource the Framework generates (valid there), so it is not read as a resource.
     */
    static MapNode template(Node resources, String file) {
        Map<String, List<MapNode.Entry>> sections = new LinkedHashMap<>();
        for (String s : List.of("Resources", "Conditions", "Mappings", "Outputs")) sections.put(s, new ArrayList<>());
        Source at = resources == null ? Source.fileStart(file) : resources.source();
        for (MapNode part : maps(resources)) {
            for (MapNode.Entry e : part.entries()) {
                List<MapNode.Entry> section = sections.get(e.name());
                if (section == null || !(e.value() instanceof MapNode m)) continue;
                for (MapNode.Entry item : m.entries()) {
                    if (e.name().equals("Resources") && !(item.value() instanceof MapNode body && body.has("Type"))) continue;
                    section.add(item);
                }
            }
        }
        List<MapNode.Entry> entries = new ArrayList<>();
        sections.forEach((name, items) -> entries.add(new MapNode.Entry(ScalarNode.string(name, at), new MapNode(items, at))));
        return new MapNode(entries, at);
    }

    private static List<MapNode> maps(Node n) {
        if (n instanceof MapNode m) return List.of(m);
        List<MapNode> out = new ArrayList<>();
        if (n instanceof ListNode l) for (Node i : l.items()) if (i instanceof MapNode m) out.add(m);
        return out;
    }

    /**
     * The logical id the Framework generates for a function: {@code api} → {@code ApiLambdaFunction},
     * {@code get-user_v2} → {@code GetDashuserUnderscorev2LambdaFunction}.
     */
    public static String logicalId(String functionName) {
        // As the Framework's naming.getNormalizedFunctionName; its schema allows only [a-zA-Z0-9-_] in names.
        String n = functionName.replace("-", "Dash").replace("_", "Underscore");
        if (!n.isEmpty()) n = Character.toUpperCase(n.charAt(0)) + n.substring(1);
        return n + "LambdaFunction";
    }
}
