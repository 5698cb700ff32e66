package dev.headroom.read.cfn;

import dev.headroom.model.Located;
import dev.headroom.model.Problem;
import dev.headroom.tree.Document;
import dev.headroom.tree.Node;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.Parsers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Local YAML and JSON files a template names by a relative path (a SAM {@code AWS::Include} or
 * {@code DefinitionUri} OpenAPI file, an {@code AWS::Serverless::Application} template). The path must stay inside
 * the template's directory, links resolved, as {@code ${file()}} must in serverless.yml: a scanned repository must
 * not make headroom read other files of the machine. S3 and other URLs are read at deploy time and stay unread.
 */
public final class LocalFiles {

    private LocalFiles() {
    }

    /**
     * The file {@code location} names, relative to the template that holds it; null when it names no local YAML or
     * JSON file. A path outside the template's directory is an HR900 at the location, naming the path and
     * {@code what} it is, never the file's content.
     */
    public static Path resolve(Template t, Node location, String what) {
        Located<String> where = t.resolver().resolveString(location);
        // a URL, or a dynamic reference resolved at deploy time: nothing local to read
        if (!where.known() || where.value().isBlank() || where.value().contains("://") || where.value().startsWith("{{resolve:")) {
            return null;
        }
        if (where.value().contains("${")) {
            // a template of a template (SAM's own integration tests write `${definitionuri}`): no path yet
            notice(t, location, what + " " + where.value() + " is a placeholder a build step fills in; it was not read");
            return null;
        }
        Path templateDir = Path.of(location.source().file()).toAbsolutePath().normalize().getParent();
        if (templateDir == null) return null;
        Path target;
        try {
            target = templateDir.resolve(where.value()).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
        if (!target.startsWith(templateDir) || escapesByLink(target, templateDir)) {
            t.out().problems.add(Problem.of("HR900", location.source(), what + " " + where.value()
                    + " is outside the template's directory; it is not read"));
            return null;
        }
        if (!Files.exists(target)) {
            // not an error of the template (a build step may write the file), but never dropped without a word
            notice(t, location, what + " " + where.value() + " does not exist; it was not read");
            return null;
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) || !Files.isRegularFile(target)) {
            notice(t, location, what + " " + where.value() + " is not a YAML or JSON file; it was not read");
            return null;
        }
        return target;
    }

    /**
     * Parses a file {@link #resolve} returned, named relative the way the template was so that reports relativise
     * it alike; a file that does not parse is an HR900 at its own line, and null.
     */
    public static Document parse(Template t, Path target, Node location, String what) {
        Path templateDir = Path.of(location.source().file()).toAbsolutePath().normalize().getParent();
        Path given = Path.of(location.source().file()).getParent();
        String file = (given == null ? Path.of(templateDir.relativize(target).toString())
                : given.resolve(templateDir.relativize(target))).toString();
        try {
            return Parsers.parse(file, Parsers.readText(target));
        } catch (ParseException e) {
            t.out().problems.add(Problem.of("HR900", e.source(), what + ": " + e.getMessage()));
            return null;
        }
    }

    /** A run-level note on stderr (not a finding) about a file the template names that headroom did not read. */
    public static void notice(Template t, Node location, String message) {
        t.out().notices.add(location.source().file() + ":" + location.source().line() + ": " + message);
    }

    private static boolean escapesByLink(Path target, Path dir) {
        try {
            return Files.exists(target) && !target.toRealPath().startsWith(dir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
