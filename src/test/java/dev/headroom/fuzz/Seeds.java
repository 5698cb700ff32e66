package dev.headroom.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Seed inputs of the fuzz tests: files of the shared corpus ({@code ../shared/corpus}, beside the clone in CI).
 * Without the corpus there are no seeds and the seed tests pass empty; the checked-in regression inputs of each
 * fuzz test (its {@code *Inputs} resource directory) still run.
 */
public final class Seeds {

    /** Seeds each fuzz test runs in a normal build; the fuzzing session in .ci/run starts from all of them. */
    public static final int PER_TARGET = Integer.getInteger("headroom.fuzz.seeds", 60);

    private Seeds() {
    }

    public static Path corpus() {
        return Path.of(System.getProperty("headroom.corpus", "../shared/corpus"));
    }

    /** Up to {@link #PER_TARGET} corpus files whose names {@code accept}, in a stable order spread over the corpus. */
    public static List<Path> files(Predicate<String> accept) {
        Path corpus = corpus();
        if (!Files.isDirectory(corpus) || PER_TARGET <= 0) return List.of();
        try (Stream<Path> all = Files.walk(corpus)) {
            List<Path> matching = all.filter(Files::isRegularFile)
                    .filter(p -> accept.test(p.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .sorted().toList();
            int step = Math.max(1, matching.size() / PER_TARGET);
            return java.util.stream.IntStream.range(0, matching.size()).filter(i -> i % step == 0).limit(PER_TARGET)
                    .mapToObj(matching::get).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".template");
    }

    public static boolean isJson(String name) {
        return name.endsWith(".json");
    }

    public static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
