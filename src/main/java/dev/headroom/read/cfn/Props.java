package dev.headroom.read.cfn;

import dev.headroom.model.Located;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

/**
 * Typed access to a resource's {@code Properties} with intrinsic resolution. A property missing here may
 * be inherited from a fallback (SAM {@code Globals}); the inherited value keeps its own place, where the
 * user edits it, and names the inheriting resource as a related location.
 */
public final class Props {

    private final MapNode map;
    private final Resolver resolver;
    private final Source owner;
    private final Props fallback;
    private final Related inheritedBy;

    public Props(MapNode map, Resolver resolver, Source owner) {
        this(map, resolver, owner, null, null);
    }

    private Props(MapNode map, Resolver resolver, Source owner, Props fallback, Related inheritedBy) {
        this.map = map;
        this.resolver = resolver;
        this.owner = owner;
        this.fallback = fallback;
        this.inheritedBy = inheritedBy;
    }

    /** These properties, falling back to {@code parent} for keys they lack; {@code inheritedBy} explains the link. */
    public Props inheriting(Props parent, Related inheritedBy) {
        return parent == null ? this : new Props(map, resolver, owner, parent, inheritedBy);
    }

    /** The properties these inherit from, or null. */
    public Props fallback() {
        return fallback;
    }

    public Resolver resolver() {
        return resolver;
    }

    public Source owner() {
        return owner;
    }

    public MapNode map() {
        return map;
    }

    /** True when the key is set here or in the fallback (and is not {@code AWS::NoValue}). */
    public boolean has(String key) {
        return node(key) != null;
    }

    /** The node of {@code key} after choosing {@code Fn::If} branches; null when absent. Own keys only. */
    public Node own(String key) {
        return map == null ? null : resolver.select(map.get(key));
    }

    /** The node of {@code key}, here or in the fallback. */
    public Node node(String key) {
        Node n = own(key);
        if (n == null && fallback != null) return fallback.node(key);
        return n;
    }

    private boolean inherited(String key) {
        return own(key) == null && fallback != null && fallback.node(key) != null;
    }

    private <T> Located<T> mark(String key, Located<T> v) {
        return inherited(key) && inheritedBy != null ? v.withRelated(inheritedBy) : v;
    }

    public Located<Integer> integer(String key) {
        Node n = node(key);
        return n == null ? null : mark(key, resolver.resolveInt(n));
    }

    public Located<Integer> integer(String key, int platformDefault) {
        Located<Integer> v = integer(key);
        return v != null ? v : Located.defaulted(platformDefault, owner);
    }

    public Located<String> string(String key) {
        Node n = node(key);
        return n == null ? null : mark(key, resolver.resolveString(n));
    }

    public Located<Boolean> bool(String key) {
        Node n = node(key);
        return n == null ? null : mark(key, resolver.resolveBoolean(n));
    }

    /** Nested properties ({@code EphemeralStorage}, {@code VpcConfig}); inherits the fallback's nested map. */
    public Props child(String key) {
        Node own = own(key);
        Props parentChild = fallback == null ? null : fallback.child(key);
        if (own instanceof MapNode m) {
            Props p = new Props(m, resolver, owner);
            return parentChild == null ? p : p.inheriting(parentChild, inheritedBy);
        }
        if (own != null) return null; // set to something that is not a map (unknown intrinsic)
        return parentChild == null ? null : new Props(parentChild.map, resolver, owner, parentChild.fallback,
                parentChild.inheritedBy).markAllInherited(inheritedBy);
    }

    private Props markAllInherited(Related by) {
        // A nested map taken whole from the fallback: every value in it is inherited.
        return new Props(new MapNode(java.util.List.of(), owner), resolver, owner, this, by);
    }

    /** A list property ({@code Architectures}, {@code SubnetIds}); null when absent or not a list. */
    public ListNode list(String key) {
        return node(key) instanceof ListNode l ? l : null;
    }
}
