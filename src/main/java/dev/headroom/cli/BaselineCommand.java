package dev.headroom.cli;

import dev.headroom.config.ConfigException;
import dev.headroom.config.ConfigResolver;
import dev.headroom.scan.ScanResult;
import dev.headroom.scan.Scanner;
import dev.headroom.suppress.Baseline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code headroom baseline [PATH...]}: records today's findings so that {@code scan --baseline} reports only new
 * ones. The scan is the same as {@code scan}'s (configs, rule sets, inline, Metadata and config suppressions) except
 * that no existing baseline holds anything, so writing a baseline again makes it shrink to what is left.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write the findings of the given paths to a baseline file (default: the config's baseline, "
                + "else " + Baseline.DEFAULT_FILE + "); `scan --baseline FILE` then fails only on new findings.")
final class BaselineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories to scan (default: .).")
    List<Path> paths = List.of(Path.of("."));

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The baseline file to write.")
    Path output;

    @CommandLine.Mixin
    ScanOptions options = new ScanOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String problem = options.problem(paths);
        if (problem != null) return Main.usage(err, problem);
        ConfigResolver configs = options.resolver();
        ScanResult result;
        Path file = output;
        try {
            for (Path p : paths) {
                Path configured = configs.forPath(p).baseline();
                if (file == null && configured != null) file = configured;
            }
            result = new Scanner(configs, Runtime.getRuntime().availableProcessors()).withoutBaselines().scan(paths);
        } catch (ConfigException e) {
            return Main.usage(err, e.getMessage());
        } catch (ConfigException.Unchecked e) {
            return Main.usage(err, e.problem().getMessage());
        } catch (IOException e) {
            err.println("headroom: cannot read input: " + e.getMessage());
            return Main.INTERNAL;
        }
        for (String e : result.internalErrors()) err.println("headroom: " + e);
        if (!result.internalErrors().isEmpty()) return Main.INTERNAL;
        if (file == null) file = Path.of(Baseline.DEFAULT_FILE);
        String text = Baseline.render(result.findings(), file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Main.usage(err, "cannot write " + file + ": " + e.getMessage());
        }
        long entries = text.lines().filter(l -> l.contains("\"rule\":")).count();
        spec.commandLine().getOut().println("Wrote " + file + ": " + result.findings().size() + " finding"
                + (result.findings().size() == 1 ? "" : "s") + " as " + entries + " entr" + (entries == 1 ? "y" : "ies")
                + (result.suppressed().isEmpty() ? "" : " (" + result.suppressed().size()
                + " suppressed by comments, Metadata or config are not in it)")
                + "; use it with `headroom scan --baseline " + file + "` or `baseline: " + file + "` in .headroom.yaml");
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
