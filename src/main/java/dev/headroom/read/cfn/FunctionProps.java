package dev.headroom.read.cfn;

import dev.headroom.model.EnvVar;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.Origin;
import dev.headroom.model.Related;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the properties that {@code AWS::Lambda::Function} and {@code AWS::Serverless::Function} share
 * into a {@link LambdaFunction}, with CloudFormation's defaults (3 s, 128 MB, 512 MB of /tmp).
 */
public final class FunctionProps {

    public static final int DEFAULT_TIMEOUT = 3;
    public static final int DEFAULT_MEMORY = 128;
    public static final int DEFAULT_EPHEMERAL = 512;
    /**
     * Lambda Managed Instances support functions of 2 GB and more; a function on a capacity provider without
     * MemorySize deploys (SAM's own integration tests do it), so 128 MB cannot be its default.
     */
    public static final int DEFAULT_MEMORY_MANAGED_INSTANCES = 2048;

    private FunctionProps() {
    }

    public static LambdaFunction read(Origin origin, Props p, Located<Integer> provisioned, Located<String> alias) {
        Props ephemeral = p.child("EphemeralStorage");
        Located<Integer> ephemeralSize = ephemeral == null ? null : ephemeral.integer("Size");
        if (ephemeralSize == null) ephemeralSize = Located.defaulted(DEFAULT_EPHEMERAL, origin.source());
        Props snap = p.child("SnapStart");
        Located<String> snapStart = snap == null ? null : snap.string("ApplyOn");
        return new LambdaFunction(origin,
                p.integer("Timeout", DEFAULT_TIMEOUT),
                p.integer("MemorySize", p.has("CapacityProviderConfig") ? DEFAULT_MEMORY_MANAGED_INSTANCES : DEFAULT_MEMORY),
                ephemeralSize,
                p.string("Runtime"),
                p.string("Handler"),
                architecture(p, origin),
                p.string("PackageType"),
                vpc(p),
                environment(p),
                p.integer("ReservedConcurrentExecutions"),
                provisioned,
                alias,
                snapStart,
                p.has("CapacityProviderConfig") ? Located.of(true, p.node("CapacityProviderConfig").source()) : null,
                p.has("DurableConfig") ? Located.of(true, p.node("DurableConfig").source()) : null);
    }

    private static Located<String> architecture(Props p, Origin origin) {
        ListNode l = p.list("Architectures");
        if (l == null || l.size() == 0) return Located.defaulted("x86_64", origin.source());
        return p.resolver().resolveString(l.get(0));
    }

    /** VPC attachment: true when {@code VpcConfig} names subnets; unknown when they cannot be told. */
    static Located<Boolean> vpc(Props p) {
        Node n = p.node("VpcConfig");
        if (n == null) return null;
        if (!(n instanceof MapNode m)) return Located.unknown("VpcConfig is not resolved statically", n.source());
        Node subnets = p.resolver().select(m.get("SubnetIds"));
        if (subnets == null) return Located.of(false, n.source());
        if (subnets instanceof ListNode l) return Located.of(l.size() > 0, n.source());
        return Located.of(true, n.source()); // a Ref to a list parameter or an import: subnets are set
    }

    /**
     * Environment variables with the resources each references. SAM merges {@code Globals} variables with the
     * function's own; the function's win.
     */
    static List<EnvVar> environment(Props p) {
        Map<String, EnvVar> vars = new LinkedHashMap<>();
        Props env = p.child("Environment");
        if (env == null) return List.of();
        for (Props level = env; level != null; level = level.fallback()) collect(level, vars);
        return new ArrayList<>(vars.values());
    }

    private static void collect(Props env, Map<String, EnvVar> vars) {
        Node n = env.own("Variables");
        if (!(n instanceof MapNode m)) return;
        for (MapNode.Entry e : m.entries()) {
            vars.putIfAbsent(e.name(), new EnvVar(e.name(), e.key().source(), env.resolver().references(e.value())));
        }
    }

    static Related inheritedBy(Origin fn) {
        return new Related(fn.source(), "inherited by function " + fn.displayName());
    }
}
