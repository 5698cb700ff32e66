package dev.headroom.read.sls;

import dev.headroom.model.EnvVar;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.Origin;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import dev.headroom.read.cfn.Props;
import dev.headroom.read.cfn.Template;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code functions.<name>} with the Framework's defaults (timeout 6 s, 1024 MB) and {@code provider}
 * inheritance: a function that does not set runtime, timeout, memorySize, architecture or vpc takes the
 * provider's, and the environments are merged (the function's entries win). An
 * inherited value keeps its provider line, where the user edits it, and names the function as related.
 */
final class ServerlessFunctions {

    static final int DEFAULT_TIMEOUT = 6;
    static final int DEFAULT_MEMORY = 1024;
    static final int DEFAULT_EPHEMERAL = 512;

    private final Template t;
    private final Props provider;
    /** {@code provider.apiGateway.timeoutInMillis} (Framework v4.4.13+): the REST integration timeout of every http event. */
    private final Located<Integer> restTimeout;

    ServerlessFunctions(Template t, MapNode provider) {
        this.t = t;
        this.provider = provider == null ? null : new Props(provider, t.resolver(), provider.source());
        Props apiGateway = this.provider == null ? null : this.provider.child("apiGateway");
        this.restTimeout = apiGateway == null ? null : apiGateway.integer("timeoutInMillis");
    }

    void read(String name, String id, MapNode.Entry entry) {
        MapNode body = (MapNode) entry.value();
        Source key = entry.key().source();
        Origin origin = Origin.of(id, "AWS::Lambda::Function", key).withDisplayName(name);
        Props own = new Props(body, t.resolver(), key);
        Props p = own.inheriting(provider, new Related(key, "inherited by function " + name));

        Located<Integer> provisioned = own.integer("provisionedConcurrency");
        // The Framework publishes a version and an alias for provisioned concurrency.
        Located<String> alias = provisioned == null ? null : Located.of("provisioned", provisioned.source());
        t.out().functions.add(new LambdaFunction(origin,
                p.integer("timeout", DEFAULT_TIMEOUT),
                p.integer("memorySize", DEFAULT_MEMORY),
                ephemeral(own, key),
                p.string("runtime"),
                own.string("handler"),
                architecture(p, key),
                own.has("image") ? Located.of("Image", own.node("image").source()) : null,
                vpc(own),
                environment(own),
                own.integer("reservedConcurrency"),
                provisioned,
                alias,
                snapStart(own),
                null));
        if (own.has("url")) {
            Node url = own.node("url");
            if (!(url instanceof ScalarNode s && Boolean.FALSE.equals(s.value()))) {
                t.out().triggers.add(Trigger.http(TriggerKind.FUNCTION_URL, id, url.source(), "/*", "ANY", null));
            }
        }
        if (own.own("events") instanceof ListNode events) {
            for (Node e : events.items()) {
                if (e instanceof MapNode m && m.size() >= 1) ServerlessEvents.read(t, id, m, restTimeout);
            }
        }
    }

    /** {@code ephemeralStorageSize} (MB), default 512; the Framework reads it on functions only, not on the provider. */
    private static Located<Integer> ephemeral(Props p, Source key) {
        Located<Integer> v = p.integer("ephemeralStorageSize");
        return v != null ? v : Located.defaulted(DEFAULT_EPHEMERAL, key);
    }

    private static Located<String> architecture(Props p, Source key) {
        Located<String> v = p.string("architecture");
        return v != null ? v : Located.defaulted("x86_64", key);
    }

    /** {@code vpc} of the function, else of the provider; {@code vpc: ~} on the function opts out. */
    private Located<Boolean> vpc(Props own) {
        Node fn = own.own("vpc");
        if (fn instanceof ScalarNode s && s.isNull()) return null;
        if (fn != null) return vpcOf(fn);
        Node pv = provider == null ? null : provider.own("vpc");
        return pv == null || pv instanceof ScalarNode s && s.isNull() ? null : vpcOf(pv);
    }

    private Located<Boolean> vpcOf(Node n) {
        if (!(n instanceof MapNode m)) {
            Located<Object> v = t.resolver().resolve(n);
            return Located.unknown(v.isUnknown() ? v.unknownReason() : "vpc is not a map", n.source());
        }
        Node subnets = t.resolver().select(m.get("subnetIds"));
        if (subnets == null) return Located.of(false, n.source());
        if (subnets instanceof ListNode l) return Located.of(l.size() > 0, n.source());
        return Located.of(true, n.source()); // a variable or import that names subnets
    }

    /** The provider's environment merged with the function's; each entry with the resources it references. */
    private List<EnvVar> environment(Props own) {
        Map<String, EnvVar> vars = new LinkedHashMap<>();
        collect(own.own("environment"), vars);
        if (provider != null) collect(provider.own("environment"), vars);
        return new ArrayList<>(vars.values());
    }

    private void collect(Node env, Map<String, EnvVar> vars) {
        if (!(env instanceof MapNode m)) return;
        for (MapNode.Entry e : m.entries()) {
            vars.putIfAbsent(e.name(), new EnvVar(e.name(), e.key().source(), t.resolver().references(e.value())));
        }
    }

    /** {@code snapStart: true} publishes versions with SnapStart ({@code PublishedVersions}); false or absent: none. */
    private Located<String> snapStart(Props own) {
        Located<Boolean> v = own.bool("snapStart");
        if (v == null) return null;
        if (v.isUnknown()) return Located.unknown(v.unknownReason(), v.source());
        return Boolean.TRUE.equals(v.value()) ? Located.of("PublishedVersions", v.source()) : null;
    }
}
