package dev.headroom.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The launcher ({@code src/main/sh/headroom}) makes its class-data cache from the classes the first scan loads.
 * That scan may read one format and write one report; a later one may read a CDK assembly or a serverless.yml.
 * Run with {@value #PROPERTY}, headroom loads (without initialising) every class of its own and of the libraries
 * that every scan uses before it exits, so the cache holds them all. Jackson's binding and the SARIF model are left
 * to the scans that use them (a config file, a SARIF report): they are large and most runs do without.
 */
final class CacheTraining {

    static final String PROPERTY = "headroom.cache.train";

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

    /** The binary names of the classes to load, from the jar or directory headroom's classes come from. */
    static List<String> classNames() {
        List<String> names = new ArrayList<>();
        try {
            Path where = Path.of(CacheTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
        } catch (IOException | URISyntaxException | RuntimeException e) {
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
