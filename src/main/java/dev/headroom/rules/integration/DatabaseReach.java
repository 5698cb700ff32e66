package dev.headroom.rules.integration;

import dev.headroom.model.Database;
import dev.headroom.model.DbProxy;
import dev.headroom.model.EnvVar;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Reference;
import dev.headroom.model.Stack;

import java.util.ArrayList;
import java.util.List;

/**
 * The databases a function reaches through its environment: an entry that references an RDS instance's or
 * cluster's endpoint ({@code Endpoint.Address}, {@code Endpoint.Port}, {@code ReadEndpoint.Address}), or an
 * RDS Proxy. A plain {@code Ref} to a database gives its identifier, which is used for the RDS API, not for
 * connections, so it does not count.
 */
record DatabaseReach(EnvVar entry, Reference reference, Database database, DbProxy proxy) {

    static List<DatabaseReach> of(Stack stack, LambdaFunction fn) {
        List<DatabaseReach> out = new ArrayList<>();
        for (EnvVar e : fn.environment()) {
            for (Reference r : e.references()) {
                DbProxy proxy = stack.dbProxies().stream().filter(p -> p.id().equals(r.logicalId())).findFirst().orElse(null);
                if (proxy != null) {
                    out.add(new DatabaseReach(e, r, null, proxy));
                    continue;
                }
                Database db = stack.database(r.logicalId()).orElse(null);
                if (db != null && r.attribute() != null
                        && (r.attribute().startsWith("Endpoint") || r.attribute().startsWith("ReadEndpoint"))) {
                    out.add(new DatabaseReach(e, r, db, null));
                }
            }
        }
        return out;
    }

    /** True when an RDS Proxy of the stack registers {@code db} (or the cluster it belongs to). */
    static boolean proxied(Stack stack, Database db) {
        for (DbProxy p : stack.dbProxies()) {
            if (p.targetIds().contains(db.id())) return true;
            if (db.clusterId() != null && p.targetIds().contains(db.clusterId())) return true;
        }
        return false;
    }
}
