package dev.headroom.cli;

import dev.headroom.config.Config;
import dev.headroom.config.ConfigException;
import dev.headroom.config.ConfigFile;
import dev.headroom.config.ConfigResolver;
import dev.headroom.config.RuleSet;
import dev.headroom.discover.ChangedFiles;
import dev.headroom.fix.plan.FixPlanner;
import dev.headroom.report.ReportFormat;
import dev.headroom.report.ScanReport;
import dev.headroom.rules.Finding;
import dev.headroom.rules.RuleMeta;
import dev.headroom.rules.Severity;
import dev.headroom.scan.ScanResult;
import dev.headroom.scan.Scanner;
import dev.headroom.suppress.Baseline;
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
import java.util.TreeMap;
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

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above LEVEL: error, warning, note, none (default: the config's fail-on, else error).")
    String failOn;

    @CommandLine.Mixin
    ScanOptions options = new ScanOptions();

    @CommandLine.Mixin
    BaseDirOption baseDir = new BaseDirOption();

    @CommandLine.Mixin
    BaselineOption baseline = new BaselineOption();

    @Option(names = "--show-suppressed", description = "Text output: list suppressed findings with their reasons.")
    boolean showSuppressed;

    @Option(names = "--sarif-suppressed", paramLabel = "omit|include", defaultValue = "omit",
            description = "SARIF: leave suppressed findings out (default; GitHub code scanning would open alerts for "
                    + "them) or include them with SARIF `suppressions`.")
    String sarifSuppressed;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Read up to N files at once (default: the number of cores); the report is the same for any N.")
    Integer jobs;

    @Option(names = "--changed-files", description = "PATHs are changed files (a pre-commit hook's list): also scan "
            + "the CDK assembly a file belongs to and the serverless.yml above it, which may read it with $${file()}.")
    boolean changedFiles;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour in text output: auto (on a terminal without NO_COLOR), always, never (default: ${DEFAULT-VALUE}).")
    String color;

    @Option(names = "--no-color", description = "Same as --color never.")
    boolean noColor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command line's options that a config file may also set; these win over the file. */
    ConfigFile overrides() {
        return baseline.over(options.overrides().with("fail-on", failOn));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat reportFormat;
        try {
            reportFormat = ReportFormat.parse(format);
            colorChoice();
            if (!sarifSuppressed.equals("omit") && !sarifSuppressed.equals("include")) {
                throw new IllegalArgumentException("--sarif-suppressed: expected omit or include, got '" + sarifSuppressed + "'");
            }
        } catch (IllegalArgumentException e) {
            return Main.usage(err, e.getMessage());
        }
        if (jobs != null && jobs < 1) return Main.usage(err, "--jobs: expected a number of at least 1, got " + jobs);
        String problem = options.problem(paths);
        if (problem != null) return Main.usage(err, problem);
        String overwrites = output == null ? null : InputGuard.inputAt(output, paths);
        if (overwrites != null) {
            return Main.usage(err, "--output " + output + " is " + overwrites + "; the report would overwrite it");
        }
        ConfigResolver configs = options.resolver(overrides());
        long start = System.nanoTime();
        ScanResult result;
        try {
            for (Path p : paths) configs.forPath(p); // a bad config or option fails before any file is read
            int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
            result = new Scanner(configs, threads, baseDir.dir).withFixes(FixPlanner.fromDisk())
                    .scan(changedFiles ? ChangedFiles.expand(paths, Path.of("")) : paths);
        } catch (Baseline.Unusable e) {
            return Main.usage(err, e.getMessage());
        } catch (ConfigException e) {
            return Main.usage(err, e.getMessage());
        } catch (ConfigException.Unchecked e) {
            return Main.usage(err, e.problem().getMessage());
        } catch (NoSuchFileException e) {
            return Main.usage(err, "no such file or directory: " + e.getFile());
        } catch (IOException e) {
            err.println("headroom: cannot read input: " + e.getMessage());
            return Main.INTERNAL;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        List<Config> used = configs.used();
        Map<String, Severity> levels = new LinkedHashMap<>();
        Map<String, RuleMeta> metas = new TreeMap<>();
        // A run over several projects lists every rule any of them ran, at the most severe level configured.
        for (Config c : used) {
            for (RuleSet.Active a : c.ruleSet().active()) {
                metas.put(a.meta().id(), a.meta());
                levels.merge(a.meta().id(), a.level(), (x, y) -> x.atLeast(y) ? x : y);
            }
        }
        Map<String, Severity> sortedLevels = new LinkedHashMap<>();
        metas.keySet().forEach(id -> sortedLevels.put(id, levels.get(id)));
        ScanReport report = new ScanReport(VersionProvider.version(), baseDir.dir, List.copyOf(metas.values()),
                sortedLevels, result.findings(), result.filesByFormat(), result.filesScanned(), result.notifications(), elapsed)
                .withSuppressed(result.suppressed(), result.baseline(), showSuppressed, sarifSuppressed.equals("include"))
                .withFailing(f -> failing(configs, f));
        try {
            write(report, reportFormat);
        } catch (IOException e) {
            err.println("headroom: cannot write report: " + e.getMessage());
            return Main.USAGE;
        }
        // pre-commit passes every staged YAML file: only a run that found no template says why each was not one.
        if (result.filesScanned() == 0) for (String n : result.notTemplates()) err.println("headroom: " + n);
        for (String n : result.notices()) err.println("headroom: note: " + n);
        for (String e : result.internalErrors()) err.println("headroom: " + e);
        if (!result.internalErrors().isEmpty()) {
            err.println("headroom: " + result.internalErrors().size()
                    + " internal error(s); please report them with the file that caused them");
            return Main.INTERNAL;
        }
        for (Finding f : result.findings()) if (failing(configs, f)) return Main.FINDINGS;
        return Main.OK;
    }

    /** True when {@code f} is at or above the fail level of the configuration of its file. */
    private static boolean failing(ConfigResolver configs, Finding f) {
        Severity failLevel;
        try {
            failLevel = configs.forPath(Path.of(f.source().file())).failOn();
        } catch (ConfigException e) {
            return true; // every config in use was loaded while scanning; this cannot fail now
        }
        return failLevel != null && f.severity().atLeast(failLevel);
    }

    /** {@code --color}: auto, always or never; {@code --no-color} is never. */
    private boolean colorChoice() {
        if (noColor) return false;
        return switch (color.toLowerCase(java.util.Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> System.console() != null && System.getenv("NO_COLOR") == null
                    && spec.commandLine().getOut() != null;
            default -> throw new IllegalArgumentException("--color: expected auto, always or never, got '" + color + "'");
        };
    }

    private void write(ScanReport report, ReportFormat reportFormat) throws IOException {
        if (output != null) {
            AtomicOutput.write(output, w -> reportFormat.writer(false).write(report, w));
            return;
        }
        Writer w = spec.commandLine().getOut();
        reportFormat.writer(colorChoice() && reportFormat == ReportFormat.TEXT).write(report, w);
        w.flush();
    }
}
