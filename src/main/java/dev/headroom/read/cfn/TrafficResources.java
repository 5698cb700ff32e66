package dev.headroom.read.cfn;

import dev.headroom.model.TrafficProfile;
import dev.headroom.read.Traffic;
import dev.headroom.tree.MapNode;

/**
 * Traffic declarations in a template: {@code Metadata.headroom.traffic} at the top gives defaults, the same key
 * on a function or ECS service its own profile (CDK's {@code addMetadata('headroom', ...)} lands there too).
 */
public final class TrafficResources {

    private TrafficResources() {
    }

    /** Reads the template-level default (from {@code root}, may be null) and every resource's declaration. */
    public static void read(Template t, MapNode root) {
        Traffic.Partial defaults = Traffic.Partial.EMPTY;
        MapNode.Entry top = root == null ? null : Traffic.declaration(root.get("Metadata"));
        if (top != null) {
            Traffic.Partial d = Traffic.read(top, Traffic.Partial.EMPTY, t.out().problems);
            if (d != null) {
                defaults = d;
                TrafficProfile whole = Traffic.profile(null, d, top.key().source(), t.out().problems, true);
                if (whole != null) t.out().traffic.add(whole);
            }
        }
        for (Template.Resource r : t.resources()) {
            MapNode.Entry own = Traffic.declaration(r.body().get("Metadata"));
            if (own == null) continue;
            if (!Template.isFunctionType(r.type()) && !r.type().equals("AWS::ECS::Service")) {
                t.out().problems.add(Traffic.problem(own.key().source(), "a traffic declaration applies to a Lambda "
                        + "function or an ECS service, not to " + r.type() + " " + r.id()));
                continue;
            }
            Traffic.Partial p = Traffic.read(own, defaults, t.out().problems);
            if (p == null) continue;
            TrafficProfile profile = Traffic.profile(r.id(), p, own.key().source(), t.out().problems, false);
            if (profile != null) t.out().traffic.add(profile);
        }
    }
}
