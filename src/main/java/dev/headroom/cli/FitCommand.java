package dev.headroom.cli;

import dev.headroom.config.Config;
import dev.headroom.config.ConfigException;
import dev.headroom.config.ConfigResolver;
import dev.headroom.fit.FitAnalysis;
import dev.headroom.fit.FitInputs;
import dev.headroom.fit.PriceOverrides;
import dev.headroom.fit.WorkloadFit;
import dev.headroom.model.Stack;
import dev.headroom.report.FitHtmlWriter;
import dev.headroom.report.FitJsonWriter;
import dev.headroom.report.FitReport;
import dev.headroom.report.FitTextWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code headroom fit [PATH...]}: what each workload costs on each compute model, and where they break even. */
@Command(name = "fit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Price every Lambda function and ECS service on Lambda (on demand, provisioned, Managed Instances) "
                + "and Fargate (x86, ARM, Spot) from its configuration and declared traffic.",
        footer = {"", "Traffic is declared beside the resource: Metadata.headroom.traffic",
                "(CloudFormation, SAM, CDK), custom.headroom.traffic.<function> (serverless.yml).",
                "Exit codes: 0 report written, 2 usage error, 3 internal error."})
final class FitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories to read (default: .).")
    List<Path> paths = List.of(Path.of("."));

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json, html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @CommandLine.Mixin
    ScanOptions options = new ScanOptions();

    @Option(names = "--prices", paramLabel = "FILE",
            description = "Your own prices over the bundled table: a YAML file of figure: usd (see rulesets/prices.yaml).")
    Path prices;

    @Option(names = "--utilisation", paramLabel = "SHARE", defaultValue = "0.65",
            description = "Fargate's target CPU utilisation, 0-1 (default: ${DEFAULT-VALUE}).")
    BigDecimal utilisation;

    @Option(names = "--spot-discount", paramLabel = "SHARE", defaultValue = "0.70",
            description = "The Fargate Spot discount scenario, 0-1 (default: ${DEFAULT-VALUE}).")
    BigDecimal spotDiscount;

    @CommandLine.Mixin
    BaseDirOption baseDir = new BaseDirOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "json", "html").contains(format)) {
            return Main.usage(err, "--format: expected text, json or html, got '" + format + "'");
        }
        if (utilisation.signum() <= 0 || utilisation.compareTo(BigDecimal.ONE) > 0) {
            return Main.usage(err, "--utilisation: expected a share above 0 and at most 1, got " + utilisation.toPlainString());
        }
        if (spotDiscount.signum() < 0 || spotDiscount.compareTo(BigDecimal.ONE) >= 0) {
            return Main.usage(err, "--spot-discount: expected a share from 0 to below 1, got " + spotDiscount.toPlainString());
        }
        String problem = options.problem(paths);
        if (problem != null) return Main.usage(err, problem);
        PriceOverrides overrides = PriceOverrides.NONE;
        if (prices != null) {
            if (!Files.isRegularFile(prices)) return Main.usage(err, "--prices: no such file: " + prices);
            try {
                overrides = PriceOverrides.read(prices);
            } catch (IllegalArgumentException e) {
                return Main.usage(err, e.getMessage());
            }
        }
        // Each file's .headroom.yaml gives its region, params, prices and traffic; the command line wins.
        ConfigResolver configs = options.resolver();
        FitInputs.Read read;
        try {
            read = FitInputs.read(paths, p -> config(configs, p).readOptions());
        } catch (ConfigProblem e) {
            return Main.usage(err, e.getCause().getMessage());
        } catch (IOException e) {
            err.println("headroom: cannot read input: " + e.getMessage());
            return Main.INTERNAL;
        }
        FitAnalysis.Settings settings = new FitAnalysis.Settings(utilisation, spotDiscount, BigDecimal.ZERO);
        List<WorkloadFit> workloads = new ArrayList<>();
        for (Stack s : read.stacks()) {
            Config config = config(configs, Path.of(s.file()));
            PriceOverrides own = prices != null || config.prices().figures().isEmpty() ? overrides : config.prices();
            workloads.addAll(FitAnalysis.of(s.withTraffic(config.trafficFor(Path.of(s.file()))), own, settings));
        }
        FitReport report = new FitReport(VersionProvider.version(), baseDir.dir, workloads, read.skipped());
        StringWriter text = new StringWriter();
        try {
            switch (format) {
                case "json" -> new FitJsonWriter().write(report, text);
                case "html" -> new FitHtmlWriter().write(report, text);
                default -> new FitTextWriter().write(report, text);
            }
            write(text.toString());
        } catch (IOException e) {
            err.println("headroom: cannot write report: " + e.getMessage());
            return Main.USAGE;
        }
        return Main.OK;
    }

    /** Writes the whole report at once: to a temporary file beside {@code --output}, then moved into place. */
    private void write(String report) throws IOException {
        if (output == null) {
            Writer w = spec.commandLine().getOut();
            w.write(report);
            w.flush();
            return;
        }
        Path target = output.toAbsolutePath();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".headroom-fit", ".tmp");
        try {
            Files.writeString(tmp, report, StandardCharsets.UTF_8);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A config file that cannot be used, carried out of the reading loop. */
    private static final class ConfigProblem extends RuntimeException {
        ConfigProblem(ConfigException e) {
            super(e);
        }
    }

    private static Config config(ConfigResolver configs, Path p) {
        try {
            return configs.forPath(p);
        } catch (ConfigException e) {
            throw new ConfigProblem(e);
        }
    }
}
