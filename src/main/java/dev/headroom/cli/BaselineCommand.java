package dev.headroom.cli;

import dev.headroom.config.ConfigException;
import dev.headroom.config.ConfigFile;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--ruleset", paramLabel = "default|strict|FILE",
            description = "Rules, levels and parameters to use (default: the config's ruleset, else default).")
    String ruleset;

    @CommandLine.ArgGroup(exclusive = true)
    ScanCommand.ConfigChoice configChoice = new ScanCommand.ConfigChoice();

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A template parameter value; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--stage", paramLabel = "STAGE", description = "Serverless stage.")
    String stage;

    @Option(names = "--region", paramLabel = "REGION", description = "Serverless region.")
    String region;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date deadlines and `until` are compared with.")
    String asOf;

    @Option(names = "--allow-env", description = "Resolve Serverless $${env:NAME} from the environment.")
    boolean allowEnv;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : paths) {
            if (!Files.exists(p)) return usage(err, "no such file or directory: " + p);
        }
        ConfigFile cli = ConfigFile.EMPTY.with("ruleset", ruleset).with("stage", stage).with("region", region)
                .with("as-of", asOf);
        if (!params.isEmpty()) cli = cli.with("params", Map.copyOf(params));
        ConfigResolver configs = configChoice.resolver(cli, allowEnv);
        ScanResult result;
        Path file = output;
        try {
            for (Path p : paths) {
                Path configured = configs.forPath(p).baseline();
                if (file == null && configured != null) file = configured;
            }
            result = new Scanner(configs, Runtime.getRuntime().availableProcessors()).withoutBaselines().scan(paths);
        } catch (ConfigException e) {
            return usage(err, e.getMessage());
        } catch (ConfigException.Unchecked e) {
            return usage(err, e.problem().getMessage());
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
            return usage(err, "cannot write " + file + ": " + e.getMessage());
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

    private static int usage(PrintWriter err, String message) {
        err.println("headroom: " + message);
        return Main.USAGE;
    }
}
