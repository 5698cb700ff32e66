package dev.headroom.report;

import dev.headroom.model.InputFormat;
import dev.headroom.rules.Finding;
import dev.headroom.rules.RuleMeta;
import dev.headroom.rules.Severity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 */
public record ScanReport(String toolVersion, Path baseDir, List<RuleMeta> rules, Map<String, Severity> levels,
                         List<Finding> findings, Map<InputFormat, Integer> filesByFormat, int filesScanned,
                         List<String> notifications, Duration elapsed) {

    public ScanReport {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        notifications = List.copyOf(notifications);
    }

    /** {@code file} relative to {@link #baseDir}, with forward slashes. */
    public String relative(String file) {
        return ReportPaths.relative(baseDir, file);
    }

    /** True when {@code file} lies under {@link #baseDir}. */
    public boolean inside(String file) {
        return Path.of(file).toAbsolutePath().normalize().startsWith(baseDir.toAbsolutePath().normalize());
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
