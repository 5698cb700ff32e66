package dev.headroom.cli;

import dev.headroom.config.ConfigException;
import dev.headroom.config.RuleSet;
import dev.headroom.discover.ChangedFiles;
import dev.headroom.read.ReadOptions;
import dev.headroom.report.ReportFormat;
import dev.headroom.report.ScanReport;
import dev.headroom.rules.Finding;
import dev.headroom.rules.Severity;
import dev.headroom.scan.ScanResult;
import dev.headroom.scan.Scanner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code headroom scan [PATH...]}: the main job. */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Scan templates under the given files and directories (recursively) and report findings.",
        footer = {"", "Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it,",
                "2 usage or configuration error, 3 internal error."})
final class ScanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories to scan (default: .).")
    List<Path> paths = List.of(Path.of("."));

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, sarif, json, junit, github, gitlab (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above LEVEL: error, warning, note, none (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--ruleset", paramLabel = "default|strict|FILE", defaultValue = "default",
            description = "Rules, levels and parameters to use (default: ${DEFAULT-VALUE}).")
    String ruleset;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A template parameter value (CloudFormation/SAM parameter, Serverless $${param:KEY}); repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--stage", paramLabel = "STAGE",
            description = "Serverless stage for $${opt:stage} and $${sls:stage} (default: provider.stage, else dev).")
    String stage;

    @Option(names = "--region", paramLabel = "REGION", description = "Serverless region for $${opt:region}.")
    String region;

    @Option(names = "--allow-env", description = "Resolve Serverless $${env:NAME} from the environment; "
            + "such values only steer lookups and are never shown in a report.")
    boolean allowEnv;

    @Option(names = "--base-dir", paramLabel = "DIR",
            description = "Report paths relative to DIR (default: the current directory).")
    Path baseDir = Path.of(".");

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The date HR107 compares runtime deprecation dates with (default: today, UTC).")
    String asOf;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Read up to N files at once (default: the number of cores); the report is the same for any N.")
    Integer jobs;

    @Option(names = "--changed-files", description = "PATHs are changed files (a pre-commit hook's list): also scan "
            + "the CDK assembly a file belongs to and the serverless.yml above it, which may read it with $${file()}.")
    boolean changedFiles;

    @Option(names = "--no-color", description = "Plain text output even on a terminal (NO_COLOR is honoured too).")
    boolean noColor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat reportFormat;
        Severity failLevel;
        RuleSet rules;
        try {
            reportFormat = ReportFormat.parse(format);
            failLevel = failOn.equalsIgnoreCase("none") ? null : Severity.parse(failOn);
            rules = RuleSet.load(ruleset);
            if (asOf != null) {
                java.time.LocalDate.parse(asOf); // fail early, as a usage error, on a malformed date
                rules = rules.withParam("HR107", "asOf", asOf);
            }
        } catch (java.time.format.DateTimeParseException e) {
            return usage(err, "--as-of: expected a date YYYY-MM-DD, got '" + asOf + "'");
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (ConfigException e) {
            return usage(err, e.getMessage());
        }
        if (jobs != null && jobs < 1) return usage(err, "--jobs: expected a number of at least 1, got " + jobs);
        for (Path p : paths) {
            if (!Files.exists(p)) return usage(err, "no such file or directory: " + p);
        }
        long start = System.nanoTime();
        ScanResult result;
        try {
            ReadOptions options = new ReadOptions(Map.copyOf(params), stage, region, allowEnv, Map.of());
            Scanner scanner = jobs == null ? new Scanner(rules, options) : new Scanner(rules, options, jobs);
            result = scanner.scan(changedFiles ? ChangedFiles.expand(paths, Path.of("")) : paths);
        } catch (NoSuchFileException e) {
            return usage(err, "no such file or directory: " + e.getFile());
        } catch (IOException e) {
            err.println("headroom: cannot read input: " + e.getMessage());
            return Main.INTERNAL;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Severity> levels = new LinkedHashMap<>();
        rules.active().forEach(a -> levels.put(a.meta().id(), a.level()));
        ScanReport report = new ScanReport(VersionProvider.version(), baseDir, rules.active().stream().map(RuleSet.Active::meta).toList(),
                levels, result.findings(), result.filesByFormat(), result.filesScanned(), result.notifications(), elapsed);
        try {
            write(report, reportFormat);
        } catch (IOException e) {
            err.println("headroom: cannot write report: " + e.getMessage());
            return Main.USAGE;
        }
        for (String e : result.internalErrors()) err.println("headroom: " + e);
        if (!result.internalErrors().isEmpty()) {
            err.println("headroom: " + result.internalErrors().size()
                    + " internal error(s); please report them with the file that caused them");
            return Main.INTERNAL;
        }
        if (failLevel == null) return Main.OK;
        for (Finding f : result.findings()) if (f.severity().atLeast(failLevel)) return Main.FINDINGS;
        return Main.OK;
    }

    private void write(ScanReport report, ReportFormat reportFormat) throws IOException {
        if (output != null) {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                reportFormat.writer(false).write(report, w);
            }
            return;
        }
        boolean color = !noColor && System.console() != null && System.getenv("NO_COLOR") == null
                && spec.commandLine().getOut() != null;
        Writer w = spec.commandLine().getOut();
        reportFormat.writer(color && reportFormat == ReportFormat.TEXT).write(report, w);
        w.flush();
    }

    private static int usage(PrintWriter err, String message) {
        err.println("headroom: " + message);
        return Main.USAGE;
    }
}
