package dev.headroom.report;

import java.nio.file.Path;

/** How every report writes a file's path: relative to the base directory when below it, with '/' separators. */
final class ReportPaths {

    private ReportPaths() {
    }

    static String relative(Path baseDir, String file) {
        Path p = Path.of(file).toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        Path rel = p.startsWith(base) ? base.relativize(p) : p;
        return rel.toString().replace('\\', '/');
    }
}
