package dev.headroom.suppress;

import java.nio.file.Path;

/** Paths as reports and baselines name them. */
public final class Relative {

    private Relative() {
    }

    /** {@code file} relative to {@code base} when it lies under it, else absolute; forward slashes. */
    public static String path(String file, Path base) {
        Path p = Path.of(file).toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        Path rel = p.startsWith(b) ? b.relativize(p) : p;
        return rel.toString().replace('\\', '/');
    }
}
