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
        return of(named, new java.util.HashMap<>());
    }

    /**
     * As {@link #of(Path)}, remembering in {@code known} the root of each directory looked at: a pre-commit run
     * names thousands of files in a few directories, and each walk up to the work tree's top is several stat calls
     * on the one thread that starts the scan.
     */
    public static Path of(Path named, java.util.Map<Path, Path> known) throws IOException {
        Path real = named.toRealPath();
        Path dir = Files.isDirectory(real) ? real : real.getParent();
        Path root = known.get(dir);
        if (root != null) return root;
        root = dir;
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                root = p;
                break;
            }
        }
        if (dir != null) known.put(dir, root);
        return root;
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
