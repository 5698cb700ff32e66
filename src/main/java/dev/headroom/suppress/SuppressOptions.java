package dev.headroom.suppress;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What the run adds to the suppressions files write themselves.
 *
 * @param ignores  the configuration's {@code ignore:} entries
 * @param baseline a baseline to hold known findings, or null
 * @param asOf     the date {@code until} is compared with
 * @param baseDir  report paths are relative to it (a SARIF baseline's fingerprints were computed that way)
 */
public record SuppressOptions(List<IgnoreEntry> ignores, Baseline baseline, LocalDate asOf, Path baseDir) {

    public SuppressOptions {
        ignores = List.copyOf(ignores);
    }

    public static SuppressOptions defaults() {
        return new SuppressOptions(List.of(), null, LocalDate.now(ZoneOffset.UTC), Path.of("."));
    }

    public SuppressOptions withAsOf(LocalDate date) {
        return new SuppressOptions(ignores, baseline, date, baseDir);
    }

    public SuppressOptions withBaseline(Baseline b) {
        return new SuppressOptions(ignores, b, asOf, baseDir);
    }

    public SuppressOptions withIgnores(List<IgnoreEntry> entries) {
        return new SuppressOptions(entries, baseline, asOf, baseDir);
    }

    public SuppressOptions withBaseDir(Path dir) {
        return new SuppressOptions(ignores, baseline, asOf, dir);
    }
}
