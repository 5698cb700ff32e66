package dev.headroom.scan;

import dev.headroom.model.InputFormat;
import dev.headroom.rules.Finding;
import dev.headroom.suppress.Suppressed;
import dev.headroom.suppress.Suppressor;

import java.util.List;
import java.util.Map;

/**
 * What a scan produced.
 *
 * @param findings       sorted with {@link Finding#ORDER}
 * @param filesByFormat  files read per format
 * @param filesScanned   files read as one of our formats, plus files that failed to parse
 * @param notifications  run-level notes, each once (for example: a CDK assembly without source locations)
 * @param internalErrors failures of headroom itself (a bug), one line each; the CLI exits 3 when any
 * @param cdk            what was read from CDK cloud assemblies
 * @param notTemplates   files named on the command line that were not scanned, each as {@code file: why}
 * @param suppressed     findings a suppression accepted, sorted, each with its suppression
 * @param baseline       how the findings compare with the baseline, or null without one
 * @param notices        parts of scanned files that were not read (a serverless-lift construct of a type without
 *                       compute), one line per file, for stderr: not findings, and not part of the report
 */
public record ScanResult(List<Finding> findings, Map<InputFormat, Integer> filesByFormat, int filesScanned,
                         List<String> notifications, List<String> internalErrors, CdkCounts cdk,
                         List<String> notTemplates, List<Suppressed> suppressed, Suppressor.BaselineTally baseline,
                         List<String> notices) {

    public ScanResult(List<Finding> findings, Map<InputFormat, Integer> filesByFormat, int filesScanned,
                      List<String> notifications, List<String> internalErrors, CdkCounts cdk,
                      List<String> notTemplates, List<Suppressed> suppressed, Suppressor.BaselineTally baseline) {
        this(findings, filesByFormat, filesScanned, notifications, internalErrors, cdk, notTemplates, suppressed,
                baseline, List.of());
    }

    public ScanResult(List<Finding> findings, Map<InputFormat, Integer> filesByFormat, int filesScanned,
                      List<String> notifications, List<String> internalErrors, CdkCounts cdk,
                      List<String> notTemplates) {
        this(findings, filesByFormat, filesScanned, notifications, internalErrors, cdk, notTemplates, List.of(), null);
    }

    /** Cloud assemblies read (nested ones counted in their parent), their stacks and their resources. */
    public record CdkCounts(int assemblies, int stacks, int resources) {
    }
}
