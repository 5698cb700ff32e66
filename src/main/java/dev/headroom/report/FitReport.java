package dev.headroom.report;

import dev.headroom.fit.FitInputs;
import dev.headroom.fit.WorkloadFit;
import dev.headroom.suppress.Relative;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code headroom fit} prints: every workload's costs, and what it could not read. Paths are reported relative
 * to {@code baseDir}, as in scan reports.
 */
public record FitReport(String version, Path baseDir, List<WorkloadFit> workloads, List<FitInputs.Skipped> skipped) {

    public FitReport {
        workloads = List.copyOf(workloads);
        skipped = List.copyOf(skipped);
    }

    public String relative(String file) {
        return Relative.path(file, baseDir);
    }

    /** {@code file:line:column: message}, the file relative to {@link #baseDir}. */
    public String describe(FitInputs.Skipped s) {
        return relative(s.at().file()) + ":" + s.at().line() + ":" + s.at().column() + ": " + s.message();
    }

    /** {@code file:line} of a workload's declaration. */
    public String where(WorkloadFit w) {
        return relative(w.origin().source().file()) + ":" + w.origin().source().line();
    }
}
