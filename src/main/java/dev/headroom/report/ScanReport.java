package dev.headroom.report;

import dev.headroom.model.InputFormat;
import dev.headroom.rules.Finding;
import dev.headroom.rules.RuleMeta;
import dev.headroom.rules.Severity;
import dev.headroom.suppress.Relative;
import dev.headroom.suppress.Suppressed;
import dev.headroom.suppress.Suppressor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Everything a writer needs about one scan.
 *
 * @param baseDir       report paths are relative to it (SARIF {@code %SRCROOT%}), with forward slashes
 * @param rules         the active rules, in id order (SARIF {@code tool.driver.rules})
 * @param levels        each active rule's configured level
 * @param findings      sorted with {@link Finding#ORDER}
 * @param filesByFormat files read per input format (a CDK assembly counts its templates)
 * @param notifications run-level notes (for example: a CDK assembly without source-location metadata)
 * @param elapsed       wall time of the scan; only the text summary shows it, so other outputs stay byte-stable
 * @param suppressed    findings a suppression accepted, sorted; text counts them, JSON lists them
 * @param baseline      how the findings compare with a baseline, or null without one
 * @param showSuppressed text lists the suppressed findings with their reasons
 * @param sarifSuppressed SARIF writes the suppressed findings too, with {@code suppressions}
 * @param failing       whether a finding fails the run (at or above its config's fail-on): JUnit failures
 */
public record ScanReport(String toolVersion, Path baseDir, List<RuleMeta> rules, Map<String, Severity> levels,
                         List<Finding> findings, Map<InputFormat, Integer> filesByFormat, int filesScanned,
                         List<String> notifications, Duration elapsed, List<Suppressed> suppressed,
                         Suppressor.BaselineTally baseline, boolean showSuppressed, boolean sarifSuppressed,
                         Predicate<Finding> failing) {

    public ScanReport {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        notifications = List.copyOf(notifications);
        suppressed = List.copyOf(suppressed);
    }

    public ScanReport(String toolVersion, Path baseDir, List<RuleMeta> rules, Map<String, Severity> levels,
                      List<Finding> findings, Map<InputFormat, Integer> filesByFormat, int filesScanned,
                      List<String> notifications, Duration elapsed) {
        this(toolVersion, baseDir, rules, levels, findings, filesByFormat, filesScanned, notifications, elapsed,
                List.of(), null, false, false, f -> true);
    }

    /** This report with the scan's suppressed findings and baseline tally, and how to show them. */
    public ScanReport withSuppressed(List<Suppressed> list, Suppressor.BaselineTally tally, boolean show, boolean inSarif) {
        return new ScanReport(toolVersion, baseDir, rules, levels, findings, filesByFormat, filesScanned, notifications,
                elapsed, list, tally, show, inSarif, failing);
    }

    /** This report with what fails the run. */
    public ScanReport withFailing(Predicate<Finding> fails) {
        return new ScanReport(toolVersion, baseDir, rules, levels, findings, filesByFormat, filesScanned, notifications,
                elapsed, suppressed, baseline, showSuppressed, sarifSuppressed, fails);
    }

    /** True when {@code f} fails the run. */
    public boolean fails(Finding f) {
        return failing.test(f);
    }

    /** {@code file} relative to {@link #baseDir}, with forward slashes. */
    public String relative(String file) {
        return Relative.path(file, baseDir);
    }

    /** True when {@code file} lies under {@link #baseDir}. */
    public boolean inside(String file) {
        return Path.of(file).toAbsolutePath().normalize().startsWith(baseDir.toAbsolutePath().normalize());
    }

    public long count(Severity s) {
        long n = 0;
        for (Finding f : findings) if (f.severity() == s) n++;
        return n;
    }
}
