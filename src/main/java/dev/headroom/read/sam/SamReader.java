package dev.headroom.read.sam;

import dev.headroom.model.InputFormat;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.Related;
import dev.headroom.model.Stack;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import dev.headroom.read.ReadOptions;
import dev.headroom.read.cfn.CloudFormationReader;
import dev.headroom.read.cfn.FunctionProps;
import dev.headroom.read.cfn.Props;
import dev.headroom.read.cfn.Resolver;
import dev.headroom.read.cfn.Template;
import dev.headroom.read.cfn.TrafficResources;
import dev.headroom.tree.Document;
import dev.headroom.tree.MapNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an AWS SAM template: {@code AWS::Serverless::Function} with {@code Globals} inheritance, its
 * {@code Events}, {@code AutoPublishAlias} and {@code ProvisionedConcurrencyConfig}, and every plain
 * CloudFormation resource beside them. Findings point at the SAM source, not at the transformed template.
 */
public final class SamReader {

    private SamReader() {
    }

    /** The template alone, as a CDK assembly holds it. */
    public static Stack read(Document doc, ReadOptions options) {
        return read(doc, InputFormat.SAM, options, Map.of(), null);
    }

    /**
     * The template, then the local templates of its {@code AWS::Serverless::Application} resources, each a stack of
     * its own ({@link NestedApplications}).
     */
    public static List<Stack> readWithNested(Document doc, ReadOptions options) {
        NestedApplications nested = new NestedApplications(doc.file(), options);
        List<Stack> stacks = new ArrayList<>();
        stacks.add(read(doc, InputFormat.SAM, options, Map.of(), nested));
        stacks.addAll(nested.stacks());
        return stacks;
    }

    /**
     * @param passed parameter values a parent stack passes, else empty
     * @param nested where the templates of nested applications go, or null not to read them
     */
    static Stack read(Document doc, InputFormat format, ReadOptions options, Map<String, Located<Object>> passed,
                      NestedApplications nested) {
        MapNode root = (MapNode) doc.root();
        Resolver resolver = new Resolver(root, options.parameters());
        resolver.passedParameters(passed);
        Stack.Builder out = new Stack.Builder(doc.file(), format, Path.of(doc.file()).getFileName().toString());
        // The scanner reports a scanned file's parse problems; a nested template's are this stack's.
        if (nested != null && nested.inNested()) out.problems.addAll(doc.problems());
        Template t = new Template(root.getMap("Resources"), resolver, out, options);
        Props globals = globalsFunction(root, resolver);
        for (Template.Resource r : t.resources()) {
            if (r.type().equals("AWS::Serverless::Function")) function(t, r, globals);
        }
        CloudFormationReader.readResources(t);
        TrafficResources.read(t, root);
        if (nested != null) nested.read(t);
        out.region(options.region());
        return out.build();
    }

    private static Props globalsFunction(MapNode root, Resolver resolver) {
        MapNode globals = root.getMap("Globals");
        MapNode.Entry fn = globals == null ? null : globals.entry("Function");
        if (fn == null || !(fn.value() instanceof MapNode m)) return null;
        return new Props(m, resolver, fn.key().source());
    }

    private static void function(Template t, Template.Resource r, Props globals) {
        Related inherited = new Related(r.key(), "inherited by function " + r.id());
        Props p = r.props().inheriting(globals, inherited);
        Props pc = p.child("ProvisionedConcurrencyConfig");
        Located<Integer> provisioned = pc == null ? null : pc.integer("ProvisionedConcurrentExecutions");
        LambdaFunction fn = FunctionProps.read(r.origin(), p, provisioned, p.string("AutoPublishAlias"));
        t.out().functions.add(fn);
        if (p.has("FunctionUrlConfig")) {
            t.out().triggers.add(Trigger.http(TriggerKind.FUNCTION_URL, r.id(), p.node("FunctionUrlConfig").source(),
                    "/*", "ANY", null));
        }
        if (r.props().own("Events") instanceof MapNode events) {
            for (MapNode.Entry e : events.entries()) {
                if (e.value() instanceof MapNode event) SamEvents.read(t, r.id(), e, event);
            }
        }
    }
}
