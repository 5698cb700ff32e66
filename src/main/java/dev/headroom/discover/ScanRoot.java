package dev.headroom.discover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tree a scan may read for one named path: the top of the git work tree that holds it, else the directory
 * named (for a file, its directory). Real paths: a link inside the tree that points out of it leads outside the
 * root. Readers refuse any file whose real path is outside it, so a repository under review cannot make
 * headroom read, or show, another file of the machine.
 */
public final class ScanRoot {

    private ScanRoot() {
    }

    public static Path of(Path named) throws IOException {
        Path real = named.toRealPath();
        Path dir = Files.isDirectory(real) ? real : real.getParent();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) return p;
        }
        return dir;
    }

    /** True when {@code file} exists and its real path is inside {@code root}; false for anything else. */
    public static boolean contains(Path root, Path file) {
        if (root == null) return false;
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
