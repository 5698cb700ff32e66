package dev.headroom.discover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a list of changed files (what pre-commit passes a hook) into what must be scanned to judge them: a
 * finding may sit in another file than the one that changed. A file inside a CDK cloud assembly stands for its
 * whole assembly (the assembly gives construct paths and types, and reads the stack's nested templates); a
 * file that a {@code serverless.yml} above it reads through {@code ${file(...)}} also brings in that
 * {@code serverless.yml}. The reference is matched on the text, a variable inside the path matching any name
 * ({@code ${file(./config/${sls:stage}.yml)}}), so that an unrelated file does not pull in the service and
 * its findings. Only directories inside {@code root} (the repository) are looked at.
 */
public final class ChangedFiles {

    private static final List<String> SERVERLESS_FILES = List.of("serverless.yml", "serverless.yaml", "serverless.json");
    /** {@code ${file(PATH)}} or {@code ${file(PATH):key}}; PATH may hold variables ({@code ${sls:stage}}) but no ')'. */
    private static final Pattern FILE_VARIABLE = Pattern.compile("\\$\\{file\\(([^()]*(?:\\$\\{[^{}]*}[^()]*)*)\\)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^{}]*}");
    private static final String MARK = "__headroom_variable__";
    private static final long MAX_SERVICE_BYTES = 4L << 20;

    private ChangedFiles() {
    }

    /** The scan root of the files' top directory (a git work tree's top, else that directory), or null. */
    private static Path scanRoot(Path top) {
        try {
            return ScanRoot.of(top);
        } catch (IOException e) {
            return null; // no assembly is recognised where the tree cannot be read
        }
    }

    public static List<Path> expand(List<Path> changed, Path root) {
        Path top = root.toAbsolutePath().normalize();
        Path scanRoot = scanRoot(top);
        Set<Path> out = new LinkedHashSet<>();
        for (Path file : changed) {
            List<Path> dirs = ancestors(file, top);
            Path assembly = null;
            // the outermost: a stage's is inside cdk.out
            for (Path dir : dirs) if (FormatDetector.isCloudAssembly(dir, scanRoot)) assembly = dir;
            if (assembly != null) {
                out.add(assembly);
                continue;
            }
            out.add(file);
            for (Path dir : dirs) {
                for (String name : SERVERLESS_FILES) {
                    Path service = dir.resolve(name);
                    if (Files.isRegularFile(service) && readsFile(service, file)) out.add(service);
                }
            }
        }
        // A file named twice (changed itself and brought in by another) is scanned once.
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> unique = new ArrayList<>();
        for (Path p : out) if (seen.add(p.toAbsolutePath().normalize())) unique.add(p);
        return unique;
    }

    /** True when {@code service} names {@code file} in one of its {@code ${file(...)}} variables. */
    static boolean readsFile(Path service, Path file) {
        String text;
        try {
            if (Files.size(service) > MAX_SERVICE_BYTES) return false;
            text = Files.readString(service, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return false; // unreadable or not UTF-8: the scan of the file itself reports it when it is staged
        }
        Path dir = service.toAbsolutePath().normalize().getParent();
        String target = file.toAbsolutePath().normalize().toString().replace('\\', '/');
        Matcher m = FILE_VARIABLE.matcher(text);
        while (m.find()) {
            if (pathPattern(dir, m.group(1).trim()).matcher(target).matches()) return true;
        }
        return false;
    }

    /** A {@code ${file()}} path, resolved against its service's directory, as a pattern; a variable matches within a name. */
    private static Pattern pathPattern(Path dir, String path) {
        String unquoted = path.replaceAll("^['\"]|['\"]$", "");
        String marked = VARIABLE.matcher(unquoted).replaceAll(MARK);
        String normal;
        try {
            normal = dir.resolve(marked).normalize().toString().replace('\\', '/');
        } catch (InvalidPathException e) {
            return Pattern.compile("(?!)");
        }
        StringBuilder regex = new StringBuilder();
        for (String literal : normal.split(Pattern.quote(MARK), -1)) {
            if (!regex.isEmpty()) regex.append("[^/]*");
            regex.append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString());
    }

    /** The directories from {@code file}'s own up to {@code top}, nearest first; none when it lies outside. */
    private static List<Path> ancestors(Path file, Path top) {
        List<Path> dirs = new ArrayList<>();
        Path dir = file.toAbsolutePath().normalize().getParent();
        while (dir != null && dir.startsWith(top)) {
            dirs.add(dir);
            dir = dir.getParent();
        }
        return dirs;
    }
}
