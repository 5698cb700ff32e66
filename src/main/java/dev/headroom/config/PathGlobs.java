package dev.headroom.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Glob patterns written in a config file, matched against paths relative to that file's directory. As in
 * {@code .gitignore} and Ruff's {@code exclude}: a pattern without a slash ({@code fixtures}, {@code *.test.yaml})
 * matches a file or directory name at any depth; a pattern with one ({@code test/fixtures}, {@code stacks/**})
 * matches from the config's directory; a pattern that matches a directory matches everything below it.
 */
public final class PathGlobs {

    private final Path base;
    private final List<String> patterns;
    private final List<PathMatcher> matchers = new ArrayList<>();
    private final List<Boolean> anyDepth = new ArrayList<>();

    /** @throws IllegalArgumentException naming the first pattern that is not a valid glob */
    public PathGlobs(Path base, List<String> patterns) {
        this.base = base.toAbsolutePath().normalize();
        this.patterns = List.copyOf(patterns);
        for (String raw : patterns) {
            String p = raw.strip();
            while (p.startsWith("./")) p = p.substring(2);
            while (p.endsWith("/") && p.length() > 1) p = p.substring(0, p.length() - 1);
            if (p.startsWith("**/")) p = p.substring(3); // also matches at the top: every depth is tried below
            boolean any = !p.contains("/") || raw.strip().startsWith("**/");
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + raw + "' is not a valid glob: " + e.getMessage().lines().findFirst().orElse(""));
            }
            anyDepth.add(any);
        }
    }

    public static PathGlobs none(Path base) {
        return new PathGlobs(base, List.of());
    }

    public List<String> patterns() {
        return patterns;
    }

    public Path base() {
        return base;
    }

    /** True when a pattern matches {@code path} or one of its directories below the base. */
    public boolean matches(Path path) {
        if (matchers.isEmpty()) return false;
        Path abs = path.toAbsolutePath().normalize();
        if (!abs.startsWith(base) || abs.equals(base)) return false;
        Path rel = base.relativize(abs);
        for (int i = 0; i < matchers.size(); i++) {
            PathMatcher m = matchers.get(i);
            for (int end = 1; end <= rel.getNameCount(); end++) {
                Path prefix = rel.subpath(0, end);
                if (m.matches(prefix)) return true;
                if (anyDepth.get(i)) {
                    for (int start = 1; start < end; start++) if (m.matches(rel.subpath(start, end))) return true;
                }
            }
        }
        return false;
    }
}
