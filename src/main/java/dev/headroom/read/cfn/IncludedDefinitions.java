package dev.headroom.read.cfn;

import dev.headroom.model.Located;
import dev.headroom.tree.Document;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

import java.nio.file.Path;

/**
 * OpenAPI definitions a SAM API keeps in a local file: {@code DefinitionBody: Fn::Transform: {Name: AWS::Include,
 * Parameters: {Location: ./api.yaml}}} and {@code DefinitionUri: ./api.yaml}. The path is relative to the template
 * and must stay inside the template's directory ({@link LocalFiles}). S3 locations are read at deploy time and
 * stay unread.
 */
final class IncludedDefinitions {

    private IncludedDefinitions() {
    }

    /** The inline body, or the local file an {@code AWS::Include} names; null when there is none to read. */
    static MapNode body(Template t, Node body) {
        if (!(body instanceof MapNode m)) return null;
        if (!"Fn::Transform".equals(Intrinsics.name(m))) return m;
        if (!(Intrinsics.argument(m) instanceof MapNode transform)) return null;
        Located<String> name = t.resolver().resolveString(transform.get("Name"));
        if (!name.known() || !name.value().equals("AWS::Include")) return null;
        Node location = transform.get("Parameters") instanceof MapNode p ? p.get("Location") : null;
        return location == null ? null : load(t, location);
    }

    /** A SAM {@code DefinitionUri} that names a local file. */
    static MapNode uri(Template t, Node uri) {
        return uri == null ? null : load(t, uri);
    }

    private static MapNode load(Template t, Node location) {
        Path target = LocalFiles.resolve(t, location, "OpenAPI definition");
        if (target == null) return null;
        Document doc = LocalFiles.parse(t, target, location, "included OpenAPI definition");
        return doc != null && doc.root() instanceof MapNode root ? root : null;
    }
}
