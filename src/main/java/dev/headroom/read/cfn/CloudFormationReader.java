package dev.headroom.read.cfn;

import dev.headroom.model.InputFormat;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.tree.Document;
import dev.headroom.tree.MapNode;

import java.nio.file.Path;

/** Reads a CloudFormation template (YAML or JSON, or a CDK stack template) into the common model. */
public final class CloudFormationReader {

    private CloudFormationReader() {
    }

    public static Stack read(Document doc, InputFormat format, ReadOptions options) {
        MapNode root = (MapNode) doc.root();
        Resolver resolver = new Resolver(root, options.parameters());
        Stack.Builder out = new Stack.Builder(doc.file(), format, Path.of(doc.file()).getFileName().toString());
        Template t = new Template(root.getMap("Resources"), resolver, out, options);
        readResources(t);
        TrafficResources.read(t, root);
        out.region(options.region());
        return out.build();
    }

    /** Reads every resource family of a {@code Resources} section (also used for serverless.yml {@code resources:}). */
    public static void readResources(Template t) {
        LambdaResources.read(t);
        CustomResourceCallers.read(t);
        ApiResources.read(t);
        DataResources.read(t);
        EcsResources.read(t);
        ScalingResources.read(t);
    }
}
