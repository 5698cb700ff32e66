package dev.headroom.discover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
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
     * it, so it is read whatever its name.
     */
    public record Candidate(Path path, boolean explicit, boolean assembly) {
        public Candidate(Path path, boolean explicit) {
            this(path, explicit, false);
        }
    }

    private Discovery() {
    }

    public static List<Candidate> find(List<Path> roots) throws IOException {
        List<Candidate> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root) && isAssemblyManifest(root)) {
                out.add(new Candidate(directoryOf(root), true, true)); // the manifest stands for its assembly
            } else if (Files.isRegularFile(root)) {
                out.add(new Candidate(root, true));
            } else if (Files.isDirectory(root) && FormatDetector.isCloudAssembly(root)) {
                out.add(new Candidate(root, true, true));
            } else if (Files.isDirectory(root)) {
                List<Path> found = new ArrayList<>();
                List<Path> assemblies = new ArrayList<>();
                walk(root, found, assemblies);
                List<Candidate> sorted = new ArrayList<>();
                for (Path p : found) sorted.add(new Candidate(p, false));
                for (Path p : assemblies) sorted.add(new Candidate(p, false, true));
                sorted.sort(java.util.Comparator.comparing(Candidate::path));
                out.addAll(sorted);
            } else {
                throw new java.nio.file.NoSuchFileException(root.toString());
            }
        }
        return out;
    }

    private static void walk(Path root, List<Path> found, List<Path> assemblies) throws IOException {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (SKIPPED_DIRS.contains(name) || name.startsWith("asset."))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (FormatDetector.isCloudAssembly(dir)) {
                        assemblies.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && hasTemplateExtension(file)) found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE; // unreadable entries are not ours to report
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isAssemblyManifest(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals(FormatDetector.CDK_MANIFEST)
                && FormatDetector.isCloudAssembly(directoryOf(file));
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
