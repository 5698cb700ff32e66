package dev.headroom.read.cfn;

import dev.headroom.model.Located;
import dev.headroom.model.Problem;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.Parsers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * OpenAPI definitions a SAM API keeps in a local file: {@code DefinitionBody: Fn::Transform: {Name: AWS::Include,
 * Parameters: {Location: ./api.yaml}}} and {@code DefinitionUri: ./api.yaml}. The path is relative to the template
 * and must stay inside the template's directory, as {@code ${file()}} must in serverless.yml: a scanned repository
 * must not make headroom read other files of the machine. S3 locations are read at deploy time and stay unread.
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
        Located<String> where = t.resolver().resolveString(location);
        if (!where.known() || where.value().isBlank() || where.value().contains("://")) return null;
        Path templateDir = Path.of(location.source().file()).toAbsolutePath().normalize().getParent();
        if (templateDir == null) return null;
        Path target;
        try {
            target = templateDir.resolve(where.value()).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
        if (!target.startsWith(templateDir) || escapesByLink(target, templateDir)) {
            t.out().problems.add(Problem.of("HR900", location.source(), "OpenAPI definition " + where.value()
                    + " is outside the template's directory; it is not read"));
            return null;
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) || !Files.isRegularFile(target)) {
            return null;
        }
        // Named relative the way the template was, so reports relativise it alike.
        Path given = Path.of(location.source().file()).getParent();
        String file = (given == null ? Path.of(templateDir.relativize(target).toString())
                : given.resolve(templateDir.relativize(target))).toString();
        try {
            return Parsers.parse(file, Parsers.readText(target)).root() instanceof MapNode root ? root : null;
        } catch (ParseException e) {
            t.out().problems.add(Problem.of("HR900", e.source(), "included OpenAPI definition: " + e.getMessage()));
            return null;
        }
    }

    private static boolean escapesByLink(Path target, Path dir) {
        try {
            return Files.exists(target) && !target.toRealPath().startsWith(dir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
