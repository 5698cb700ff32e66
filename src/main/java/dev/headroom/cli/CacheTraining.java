package dev.headroom.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The launcher ({@code src/main/sh/headroom}) makes its class-data cache from the classes the first scan loads.
 * That scan may read one format and write one report; a later one may read a CDK assembly or a serverless.yml.
 * Run with {@value #PROPERTY}, headroom then scans the samples that ship in the jar ({@link #scanSamples}) with
 * each report format that needs no data binding, and loads (without initialising) every other class of its own and
 * of the libraries that every scan uses, so the cache holds them all. Loading alone left out what only running
 * makes: lambdas, the JDK's classes behind them and the worker pool; a corpus scan after a one-template first
 * scan spent ~0.5 s more CPU than one after a corpus-sized first scan. Jackson's binding and the SARIF model are
 * left to the scans that use them (a config file, a SARIF report): they are large and most runs do without.
 */
final class CacheTraining {

    static final String PROPERTY = "headroom.cache.train";

    /** Where the samples are in the jar (pom.xml copies {@code samples/} there). */
    static final String SAMPLES = "dev/headroom/cli/training/";

    /** The report formats the samples are scanned with: those written without Jackson's binding. */
    static final List<String> FORMATS = List.of("text", "json", "junit", "github");

    private static final List<String> PACKAGES = List.of("dev/headroom/", "picocli/", "org/snakeyaml/engine/",
            "com/fasterxml/jackson/core/");

    private CacheTraining() {
    }

    /** True when this run records the launcher's cache. */
    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Loads the classes of {@link #PACKAGES} found where headroom's own classes are (the jar, or a classes directory
     * in tests); returns how many it loaded. Failures are skipped: the cache is an optimisation, never a reason to
     * fail a scan that already wrote its report.
     */
    static int loadScanClasses() {
        ClassLoader loader = CacheTraining.class.getClassLoader();
        int loaded = 0;
        for (String name : classNames()) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // a class of an optional part (or a library's) that this runtime cannot link: left out of the cache
            }
        }
        return loaded;
    }

    /**
     * Scans a copy of the shipped samples once per format in {@link #FORMATS}, the reports and messages discarded;
     * returns how many scans ran to the end (exit 0 or 1). Like {@link #loadScanClasses} it never fails the run.
     */
    static int scanSamples() {
        return scanSamples(null);
    }

    /** As {@link #scanSamples()}, with the copy made in {@code parent} (null: the system's temporary directory). */
    static int scanSamples(Path parent) {
        Path dir = null;
        int scans = 0;
        try {
            dir = parent == null ? Files.createTempDirectory("headroom-training-")
                    : Files.createTempDirectory(parent, "headroom-training-");
            if (copySamples(dir) == 0) return 0;
            PrintWriter discard = new PrintWriter(Writer.nullWriter());
            for (String format : FORMATS) {
                int code = Main.run(new String[] {"scan", "--no-config", "--format", format, dir.toString()}, discard,
                        discard);
                if (code == Main.OK || code == Main.FINDINGS) scans++;
            }
        } catch (IOException | RuntimeException e) {
            // no samples to scan: the cache holds what the run and loadScanClasses loaded
        } finally {
            if (dir != null) delete(dir);
        }
        return scans;
    }

    /** Copies the samples from where headroom's classes come from into {@code dir}; returns how many files. */
    private static int copySamples(Path dir) throws IOException {
        Path where = codeSource();
        int copied = 0;
        if (Files.isDirectory(where)) {
            Path samples = where.resolve(SAMPLES);
            if (!Files.isDirectory(samples)) return 0;
            try (Stream<Path> files = Files.walk(samples)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Path to = dir.resolve(samples.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                    copied++;
                }
            }
            return copied;
        }
        try (JarFile jar = new JarFile(where.toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(SAMPLES) || name.contains("..")) continue;
                Path to = dir.resolve(name.substring(SAMPLES.length())).normalize();
                if (!to.startsWith(dir)) continue;
                Files.createDirectories(to.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, to);
                }
                copied++;
            }
        }
        return copied;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary directory left behind is the system's to clean
        }
    }

    private static Path codeSource() throws IOException {
        try {
            return Path.of(CacheTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** The binary names of the classes to load, from the jar or directory headroom's classes come from. */
    static List<String> classNames() {
        List<String> names = new ArrayList<>();
        try {
            Path where = codeSource();
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    files.filter(Files::isRegularFile)
                            .forEach(f -> add(names, where.relativize(f).toString().replace('\\', '/')));
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) add(names, e.nextElement().getName());
                }
            }
        } catch (IOException | RuntimeException e) {
            // no listing: nothing more is loaded, and the cache holds what the scan itself loaded
        }
        return names;
    }

    private static void add(List<String> names, String entry) {
        if (!entry.endsWith(".class") || entry.endsWith("module-info.class") || entry.startsWith("META-INF/")) return;
        for (String p : PACKAGES) {
            if (entry.startsWith(p)) {
                names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
                return;
            }
        }
    }
}
