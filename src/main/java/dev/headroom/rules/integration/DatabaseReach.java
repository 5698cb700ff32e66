package dev.headroom.rules.integration;

import dev.headroom.model.Database;
import dev.headroom.model.DbProxy;
import dev.headroom.model.EnvVar;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Origin;
import dev.headroom.model.Reference;
import dev.headroom.model.Related;
import dev.headroom.model.Stack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The databases a function reaches through its environment: an entry that references an RDS instance's or
 * cluster's endpoint ({@code Endpoint.Address}, {@code Endpoint.Port}, {@code ReadEndpoint.Address}), or an
 * RDS Proxy. A plain {@code Ref} to a database gives its identifier, which is used for the RDS API, not for
 * connections, so it does not count.
 */
record DatabaseReach(EnvVar entry, Reference reference, Database database, DbProxy proxy) {

    private static List<DatabaseReach> of(Stack stack, LambdaFunction fn) {
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

    /** The logical id of what the entry reaches: the proxy, or else the database. */
    String targetId() {
        return proxy != null ? proxy.id() : database.id();
    }

    /**
     * What {@code fn} reaches, grouped by target in the order the environment names them: a host and a port of
     * the same database are one connection, so the rules report it once, at the group's first entry.
     */
    static Collection<List<DatabaseReach>> byTarget(Stack stack, LambdaFunction fn) {
        Map<String, List<DatabaseReach>> out = new LinkedHashMap<>();
        for (DatabaseReach r : of(stack, fn)) out.computeIfAbsent(r.targetId(), k -> new ArrayList<>()).add(r);
        return out.values();
    }

    /** Related locations of a finding on a group: the function, what it reaches, and the group's other entries. */
    static List<Related> related(LambdaFunction fn, Origin target, String what, List<DatabaseReach> group) {
        List<Related> out = new ArrayList<>();
        out.add(new Related(fn.origin().source(), "function " + fn.origin().label()));
        out.add(new Related(target.source(), what));
        Set<String> names = new HashSet<>();
        names.add(group.get(0).entry().name());
        for (DatabaseReach r : group.subList(1, group.size())) {
            if (names.add(r.entry().name())) out.add(new Related(r.entry().source(), r.entry().name() + " reaches it too"));
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
