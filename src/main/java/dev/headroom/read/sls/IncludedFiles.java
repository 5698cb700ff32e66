package dev.headroom.read.sls;

import dev.headroom.model.Source;
import dev.headroom.tree.Document;
import dev.headroom.tree.JsonParser;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.YamlParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The files a serverless.yml includes with {@code ${file(./path):address}}, relative to its directory. A path
 * that leaves the project directory is refused (an HR900 finding at the variable) and never read: a scanned
 * repository must not make headroom read other files of the machine. Only YAML and JSON are read; a
 * {@code .js}/{@code .ts} file runs code at deploy time and is unknown.
 */
public final class IncludedFiles {

    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Path projectDir;
    private final Path givenDir;
    private final Map<Path, Document> cache = new HashMap<>();

    public IncludedFiles(Path projectDir) {
        this.givenDir = projectDir;
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    Variables.Val value(String rawPath, String address, Source at, Variables vars, int depth) {
        String path = unquote(rawPath);
        Path target;
        try {
            target = projectDir.resolve(path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Variables.Val.unknown("${file(" + rawPath + ")} is not a valid path");
        }
        if (path.isEmpty() || !target.startsWith(projectDir) || escapesByLink(target)) {
            String message = "${file(" + rawPath + ")} refers to a file outside the project directory; it is not read";
            if (at != null) vars.problem(at, message);
            return Variables.Val.unknown(message);
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json"))) {
            return Variables.Val.unknown("${file(" + rawPath + ")} is not a YAML or JSON file (code or text is read at deploy time)");
        }
        if (!Files.isRegularFile(target)) return null; // the Framework falls back, or fails to deploy
        Document doc = load(target, name, vars);
        if (doc == null) return Variables.Val.unknown("${file(" + rawPath + ")} cannot be read");
        if (doc.root() == null) return null;
        return vars.lookup(doc.root(), address, depth);
    }

    private Document load(Path target, String name, Variables vars) {
        if (cache.containsKey(target)) return cache.get(target);
        Document doc = null;
        try {
            if (Files.size(target) <= MAX_BYTES) {
                String text = Files.readString(target, StandardCharsets.UTF_8);
                // Named as the serverless.yml was (relative when it was), so reports relativise it alike.
                String file = givenDir.resolve(projectDir.relativize(target)).toString();
                doc = name.endsWith(".json") ? JsonParser.parse(file, text) : YamlParser.parse(file, text);
            }
        } catch (ParseException e) {
            vars.problem(e.source(), "included file: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            doc = null; // unreadable or not UTF-8: the value is unknown
        }
        cache.put(target, doc);
        return doc;
    }

    /** A symbolic link inside the project that points outside it is refused too. */
    private boolean escapesByLink(Path target) {
        try {
            return Files.exists(target) && !target.toRealPath().startsWith(projectDir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2 && (t.charAt(0) == '\'' || t.charAt(0) == '"') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
