package dev.headroom.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code target/headroom}, the launcher script the build makes, run as a user runs it: on Java 17 and on Java 25,
 * with and without its class-data cache, on concurrent first runs, with a stale or unusable cache, and with an old
 * or missing Java. Every run that scans must print exactly what {@code java -jar target/headroom.jar} prints.
 * Runs in Maven's integration-test phase, after the jar and the launcher are built.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("target/headroom").toAbsolutePath();
    private static final Path JAR = Path.of("target/headroom.jar").toAbsolutePath();
    private static final Path JAVA_17 = java17();
    private static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final List<String> SCAN = List.of("scan", "samples", "--format", "json", "--as-of", "2026-11-01");

    private record Run(int code, String out, String err) {
    }

    private static String reference;

    @BeforeAll
    static void referenceIsThePlainJar() {
        assertTrue(Files.isExecutable(LAUNCHER), "the build makes an executable " + LAUNCHER);
        List<String> command = new ArrayList<>(List.of(JAVA_17.resolve("bin/java").toString(), "-jar", JAR.toString()));
        command.addAll(SCAN);
        Run plain = exec(command, Map.of());
        assertEquals(1, plain.code(), "samples have errors: " + plain.err());
        assertTrue(plain.out().contains("\"ruleId\""), plain.out());
        reference = plain.out();
    }

    @Test
    void java17RecordsAnAppCdsArchiveOnTheFirstScanAndMapsItAfterwards(@TempDir Path cache) throws IOException {
        firstRunRecordsThenLaterRunsMap(JAVA_17, cache, ".jsa", "-Xshare:on");
    }

    @Test
    void java25RecordsAnAotCacheOnTheFirstScanAndMapsItAfterwards(@TempDir Path cache) throws IOException {
        assumeTrue(Files.isExecutable(JAVA_25.resolve("bin/java")), "Temurin 25 is not installed at " + JAVA_25);
        firstRunRecordsThenLaterRunsMap(JAVA_25, cache, ".aot", "-XX:AOTMode=on");
    }

    /** {@code requireCache} makes the JVM fail rather than run without the cache, so success proves it mapped. */
    private static void firstRunRecordsThenLaterRunsMap(Path javaHome, Path cache, String suffix, String requireCache)
            throws IOException {
        Map<String, String> env = Map.of("JAVA_HOME", javaHome.toString(), "HEADROOM_CACHE_DIR", cache.toString());
        assertScanAsPlainJar(launch(env));
        List<Path> made = files(cache);
        assertEquals(1, made.size(), "one cache and no temporary file left: " + made);
        assertTrue(made.get(0).getFileName().toString().endsWith(suffix), made.toString());
        Map<String, String> strict = new HashMap<>(env);
        strict.put("HEADROOM_JAVA_OPTS", requireCache);
        assertScanAsPlainJar(launch(strict));
        assertEquals(made, files(cache), "the cache is reused, not made again");
    }

    @Test
    void theFirstScanCachesTheClassesOfFormatsItDidNotRead(@TempDir Path cache, @TempDir Path logs) throws IOException {
        Map<String, String> env = Map.of("JAVA_HOME", JAVA_17.toString(), "HEADROOM_CACHE_DIR", cache.toString());
        Run first = exec(List.of(LAUNCHER.toString(), "scan", "samples/sam/orders"), env);
        assertTrue(first.code() <= 1, first.err());
        Path log = logs.resolve("classes.log");
        Run second = exec(List.of(LAUNCHER.toString(), "scan", "samples/serverless/serverless.yml", "samples/cdk/cdk.out"),
                with(env, "HEADROOM_JAVA_OPTS", "-Xshare:on -Xlog:class+load:file=" + log));
        assertTrue(second.code() <= 1, second.err());
        String loaded = Files.readString(log);
        for (String reader : List.of("dev.headroom.read.sls.ServerlessReader", "dev.headroom.read.cdk.CloudAssemblyReader")) {
            assertTrue(loaded.contains(reader + " source: shared objects file"),
                    reader + " comes from the cache the SAM scan made: " + loaded.lines().filter(l -> l.contains(reader)).toList());
        }
    }

    @Test
    void concurrentFirstRunsLeaveOneWholeCache(@TempDir Path cache) throws IOException {
        Map<String, String> env = Map.of("JAVA_HOME", JAVA_17.toString(), "HEADROOM_CACHE_DIR", cache.toString());
        List<CompletableFuture<Run>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) runs.add(CompletableFuture.supplyAsync(() -> launch(env)));
        for (CompletableFuture<Run> r : runs) assertScanAsPlainJar(r.join());
        assertEquals(1, files(cache).size(), "one cache and no temporary file left: " + files(cache));
        assertScanAsPlainJar(launch(with(env, "HEADROOM_JAVA_OPTS", "-Xshare:on")));
    }

    @Test
    void aCacheTheJvmCannotMapIsSkipped(@TempDir Path cache) throws IOException {
        Map<String, String> env = Map.of("JAVA_HOME", JAVA_17.toString(), "HEADROOM_CACHE_DIR", cache.toString());
        assertScanAsPlainJar(launch(env));
        Path archive = files(cache).get(0);
        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive");
        Run r = launch(env);
        assertScanAsPlainJar(r);
        Run strict = launch(with(env, "HEADROOM_JAVA_OPTS", "-Xshare:on"));
        assertTrue(strict.code() != 1 || !strict.out().equals(reference), "-Xshare:on really requires the archive");
    }

    @Test
    void anUpgradeOfTheJarOrOfJavaStartsANewCache(@TempDir Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path cache = dir.resolve("cache");
        Files.copy(LAUNCHER, bin.resolve("headroom"));
        Path jar = bin.resolve("headroom.jar");
        Files.copy(JAR, jar);
        Map<String, String> env = Map.of("JAVA_HOME", JAVA_17.toString(), "HEADROOM_CACHE_DIR", cache.toString());
        assertScanAsPlainJar(run(bin.resolve("headroom"), env));
        List<Path> before = files(cache);
        assertEquals(1, before.size(), before.toString());

        // Another release: other bytes, so another key.
        Path upgraded = dir.resolve("upgraded.jar");
        withExtraEntry(JAR, upgraded);
        Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
        // A bystander: the cache of another installation (another path, so another key) is not the launcher's to remove.
        Path other = Files.writeString(cache.resolve(before.get(0).getFileName().toString().replaceFirst("-(\\d+)\\.jsa$", "-1$1.jsa")), "x");
        assertScanAsPlainJar(run(bin.resolve("headroom"), env));
        List<Path> after = files(cache);
        assertEquals(2, after.size(), "the upgraded jar's cache replaces the old one; the other installation's stays: " + after);
        assertFalse(after.contains(before.get(0)), "the old jar's cache is removed: " + after);
        assertTrue(after.contains(other), after.toString());
        Files.delete(other);
        assertScanAsPlainJar(run(bin.resolve("headroom"), with(env, "HEADROOM_JAVA_OPTS", "-Xshare:on")));

        // The same bytes copied in again: the JVM would refuse a cache older than the jar, so it is made again.
        for (Path p : files(cache)) Files.setLastModifiedTime(p, FileTime.fromMillis(0));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));
        assertScanAsPlainJar(run(bin.resolve("headroom"), env));
        assertScanAsPlainJar(run(bin.resolve("headroom"), with(env, "HEADROOM_JAVA_OPTS", "-Xshare:on")));

        if (Files.isExecutable(JAVA_25.resolve("bin/java"))) {
            assertScanAsPlainJar(run(bin.resolve("headroom"), with(env, "JAVA_HOME", JAVA_25.toString())));
            assertEquals(1, files(cache).stream().filter(p -> p.toString().endsWith(".aot")).count(),
                    "Java 25 has a cache of its own: " + files(cache));
        }
    }

    @Test
    void withoutAWritableCacheDirectoryItRunsWithoutACache(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Map<String, String> env = Map.of("JAVA_HOME", JAVA_17.toString(),
                "HEADROOM_CACHE_DIR", file.resolve("cache").toString());
        assertScanAsPlainJar(launch(env));
        assertEquals(List.of(file), files(dir));

        Path cache = dir.resolve("cache");
        assertScanAsPlainJar(launch(Map.of("JAVA_HOME", JAVA_17.toString(), "HEADROOM_CACHE_DIR", cache.toString(),
                "HEADROOM_CACHE", "off")));
        assertFalse(Files.exists(cache), "HEADROOM_CACHE=off writes nothing");
    }

    @Test
    void otherCommandsRunWithoutRecordingACache(@TempDir Path cache) throws IOException {
        Run r = exec(List.of(LAUNCHER.toString(), "--version"),
                Map.of("JAVA_HOME", JAVA_17.toString(), "HEADROOM_CACHE_DIR", cache.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("headroom "), r.out());
        assertEquals(List.of(), files(cache));
    }

    @Test
    void javaOlderThan17OnPathIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        fakeJava(bin.resolve("java"), "openjdk version \"11.0.22\" 2024-01-16");
        Run r = exec(List.of(LAUNCHER.toString(), "scan", "samples"), Map.of("PATH", bin + ":/usr/bin:/bin"));
        assertUsage(r, "Java 17 or later is required", "11.0.22");
    }

    @Test
    void javaHomeIsReadBeforePath(@TempDir Path dir) throws IOException {
        Path home = dir.resolve("jdk8");
        fakeJava(Files.createDirectories(home.resolve("bin")).resolve("java"), "java version \"1.8.0_402\"");
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"1.8.0_402\"\nIMPLEMENTOR=\"Test\"\n");
        Run old = exec(List.of(LAUNCHER.toString(), "scan", "samples"),
                Map.of("JAVA_HOME", home.toString(), "PATH", "/usr/bin:/bin"));
        assertUsage(old, "Java 17 or later is required", "1.8.0_402");

        Path bin = Files.createDirectories(dir.resolve("bin"));
        fakeJava(bin.resolve("java"), "openjdk version \"11.0.22\" 2024-01-16");
        Map<String, String> env = Map.of("JAVA_HOME", JAVA_17.toString(), "PATH", bin + ":/usr/bin:/bin",
                "HEADROOM_CACHE", "off");
        assertScanAsPlainJar(launch(env));
    }

    @Test
    void missingJavaIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run r = exec(List.of(LAUNCHER.toString(), "scan", "samples"), Map.of("PATH", empty.toString()));
        assertUsage(r, "Java 17 or later is required", "no java on PATH");
    }

    private static void assertUsage(Run r, String... parts) {
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("headroom: "), r.err());
        for (String p : parts) assertTrue(r.err().contains(p), p + " in " + r.err());
    }

    private static void assertScanAsPlainJar(Run r) {
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(reference, r.out());
    }

    private static Run launch(Map<String, String> env) {
        return run(LAUNCHER, env);
    }

    private static Run run(Path launcher, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(SCAN);
        return exec(command, env);
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> m = new HashMap<>(env);
        m.put(key, value);
        return m;
    }

    /** Runs in the project directory with a clean environment: no JAVA_HOME or HEADROOM_* but what is given. */
    private static Run exec(List<String> command, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
        pb.environment().keySet().removeIf(k -> k.equals("JAVA_HOME") || k.startsWith("HEADROOM_")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("_JAVA_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> out = read(p.getInputStream());
            CompletableFuture<String> err = read(p.getErrorStream());
            // A guard against a hung launcher, not a measurement: the first Java 25 run also builds its cache.
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("launcher did not finish: " + command);
            }
            return new Run(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static void fakeJava(Path path, String banner) throws IOException {
        Files.writeString(path, "#!/bin/sh\necho '" + banner + "' >&2\n");
        assertTrue(path.toFile().setExecutable(true));
    }

    /** A copy of {@code jar} with one more entry: the same program, other bytes (an upgrade, for the cache). */
    private static void withExtraEntry(Path jar, Path out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("upgrade-marker.txt"));
            zip.write("0.1.1".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static Path java17() {
        if (Runtime.version().feature() == 17) return Path.of(System.getProperty("java.home"));
        return Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
    }
}
