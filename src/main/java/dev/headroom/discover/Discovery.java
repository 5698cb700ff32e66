package dev.headroom.discover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the files to scan under the given paths, recursively, in a stable (sorted) order. Skips version
 * control, dependencies and generated output. Files named on the command line are always taken; files found
 * in a directory are taken when their extension can hold a template. A CDK cloud assembly ({@code cdk.out})
 * is one candidate, found or named, and its files are not taken one by one: the assembly reader reads its
 * templates once, as part of the assembly.
 */
public final class Discovery {

    /** Directories never entered: VCS data, dependencies, and generated deployment artifacts. */
    public static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "node_modules", ".serverless",
            ".aws-sam", ".terraform", ".venv", "venv", "__pycache__", "target", ".idea");

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json", ".template");

    /**
     * A file to scan, or with {@code assembly} a cloud assembly directory; {@code explicit} when the user named
     * it, so it is read whatever its name. {@code root} is the scan root (a real path): nothing outside it is
     * read for this input, however a link inside it points.
     */
    public record Candidate(Path path, boolean explicit, boolean assembly, Path root) {
        public Candidate(Path path, boolean explicit) {
            this(path, explicit, false, null);
        }

        public Candidate(Path path, boolean explicit, boolean assembly) {
            this(path, explicit, assembly, null);
        }
    }

    private Discovery() {
    }

    public static List<Candidate> find(List<Path> roots) throws IOException {
        return find(roots, new ArrayList<>());
    }

    /**
     * The inputs under {@code roots}, each real file once (named twice, or named and found in a named directory,
     * it is scanned once). Directories that cannot be read are named in {@code notices}: their files are not
     * scanned, and the user must know.
     */
    public static List<Candidate> find(List<Path> roots, List<String> notices) throws IOException {
        List<Candidate> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        java.util.Map<Path, Path> scanRoots = new java.util.HashMap<>();
        for (Path root : roots) {
            if (!Files.exists(root)) throw new java.nio.file.NoSuchFileException(root.toString());
            Path scanRoot = ScanRoot.of(root, scanRoots);
            if (Files.isRegularFile(root) && isAssemblyManifest(root, scanRoot)) {
                add(out, seen, new Candidate(directoryOf(root), true, true, scanRoot)); // the manifest stands for its assembly
            } else if (Files.isRegularFile(root)) {
                add(out, seen, new Candidate(root, true, false, scanRoot));
            } else if (Files.isDirectory(root) && FormatDetector.isCloudAssembly(root, scanRoot)) {
                add(out, seen, new Candidate(root, true, true, scanRoot));
            } else if (Files.isDirectory(root)) {
                List<Path> found = new ArrayList<>();
                List<Path> assemblies = new ArrayList<>();
                walk(root, scanRoot, found, assemblies, notices);
                List<Candidate> sorted = new ArrayList<>();
                for (Path p : found) sorted.add(new Candidate(p, false, false, scanRoot));
                for (Path p : assemblies) sorted.add(new Candidate(p, false, true, scanRoot));
                sorted.sort(java.util.Comparator.comparing(Candidate::path));
                for (Candidate c : sorted) add(out, seen, c);
            } else {
                notices.add(root + " is neither a file nor a directory; it was not scanned");
            }
        }
        return out;
    }

    private static void add(List<Candidate> out, Set<Path> seen, Candidate c) throws IOException {
        if (seen.add(c.path().toRealPath())) out.add(c);
    }

    /**
     * Walks {@code root}; a root that is a link to a directory is walked through its target, with paths still
     * spelled under the name the user gave. Links to directories inside are not followed; a link to a template
     * file is taken when its real path is inside {@code scanRoot}, else named in {@code notices}.
     */
    private static void walk(Path root, Path scanRoot, List<Path> found, List<Path> assemblies, List<String> notices)
            throws IOException {
        Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
        Walker walker = new Walker(start, scanRoot, found, assemblies, notices);
        try {
            Files.walkFileTree(start, walker);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (start != root) {
            found.replaceAll(p -> root.resolve(start.relativize(p)));
            assemblies.replaceAll(p -> root.resolve(start.relativize(p)));
        }
    }

    /** Collects template files and cloud assemblies; names what it cannot read. */
    static final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path scanRoot;
        private final List<Path> found;
        private final List<Path> assemblies;
        private final List<String> notices;

        Walker(Path root, Path scanRoot, List<Path> found, List<Path> assemblies, List<String> notices) {
            this.root = root;
            this.scanRoot = scanRoot;
            this.found = found;
            this.assemblies = assemblies;
            this.notices = notices;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            if (!dir.equals(root) && (SKIPPED_DIRS.contains(name) || name.startsWith("asset."))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (FormatDetector.isCloudAssembly(dir, scanRoot)) {
                assemblies.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!hasTemplateExtension(file)) return FileVisitResult.CONTINUE;
            if (attrs.isRegularFile()) {
                found.add(file);
            } else if (attrs.isSymbolicLink()) {
                linked(file);
            }
            return FileVisitResult.CONTINUE;
        }

        /** A link with a template's name: read through it when it stays in the tree; never show where else it leads. */
        private void linked(Path link) {
            if (!Files.exists(link)) {
                notices.add(link + ": a broken symbolic link; it was not read");
            } else if (!ScanRoot.contains(scanRoot, link)) {
                notices.add(link + ": a symbolic link to a file outside the scan root " + scanRoot + "; it was not read");
            } else if (Files.isRegularFile(link)) {
                found.add(link);
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            String why = exc instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : exc.getClass().getSimpleName();
            notices.add("cannot read " + file + " (" + why + "); its templates were not scanned");
            return FileVisitResult.CONTINUE;
        }
    }

    private static boolean isAssemblyManifest(Path file, Path scanRoot) {
        return file.getFileName() != null && file.getFileName().toString().equals(FormatDetector.CDK_MANIFEST)
                && FormatDetector.isCloudAssembly(directoryOf(file), scanRoot);
    }

    /** The directory of a file as the user spelled it ({@code manifest.json} alone is in the current one). */
    private static Path directoryOf(Path file) {
        return file.getParent() != null ? file.getParent() : Path.of("");
    }

    static boolean hasTemplateExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) if (name.endsWith(ext)) return true;
        return false;
    }
}
