package dev.headroom.read.cfn;

import dev.headroom.model.Database;
import dev.headroom.model.DbProxy;
import dev.headroom.model.Located;
import dev.headroom.model.Queue;
import dev.headroom.tree.Node;

import java.util.ArrayList;
import java.util.List;

/** SQS queues (default visibility timeout 30 s), RDS instances and clusters, and RDS Proxies with their targets. */
final class DataResources {

    static final int DEFAULT_VISIBILITY_TIMEOUT = 30;

    private DataResources() {
    }

    static void read(Template t) {
        for (Template.Resource r : t.resources()) {
            Props p = r.props();
            switch (r.type()) {
                case "AWS::SQS::Queue" -> t.out().queues.add(new Queue(r.origin(),
                        p.integer("VisibilityTimeout", DEFAULT_VISIBILITY_TIMEOUT)));
                case "AWS::RDS::DBInstance" -> t.out().databases.add(new Database(r.origin(), Database.Kind.INSTANCE,
                        p.string("Engine"), publiclyAccessible(p, r),
                        t.referencedOfType(p.node("DBClusterIdentifier"), "AWS::RDS::DBCluster")));
                case "AWS::RDS::DBCluster" -> t.out().databases.add(new Database(r.origin(), Database.Kind.CLUSTER,
                        p.string("Engine"), publiclyAccessible(p, r), null));
                case "AWS::RDS::DBProxy" -> t.out().dbProxies.add(new DbProxy(r.origin(), targets(t, r.id())));
                default -> {
                }
            }
        }
    }

    private static Located<Boolean> publiclyAccessible(Props p, Template.Resource r) {
        Located<Boolean> v = p.bool("PubliclyAccessible");
        return v != null ? v : Located.defaulted(false, r.key());
    }

    /** Databases registered by the proxy's target groups. */
    private static List<String> targets(Template t, String proxyId) {
        List<String> ids = new ArrayList<>();
        for (Template.Resource g : t.resources()) {
            if (!g.type().equals("AWS::RDS::DBProxyTargetGroup")) continue;
            if (!proxyId.equals(t.referencedOfType(g.props().node("DBProxyName"), "AWS::RDS::DBProxy"))) continue;
            for (String key : List.of("DBInstanceIdentifiers", "DBClusterIdentifiers")) {
                Node n = g.props().node(key);
                if (n == null) continue;
                for (var ref : t.resolver().references(n)) {
                    if (!ids.contains(ref.logicalId())) ids.add(ref.logicalId());
                }
            }
        }
        return ids;
    }
}
