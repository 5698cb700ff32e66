package dev.headroom.cli;

import dev.headroom.config.Config;
import dev.headroom.config.ConfigException;
import dev.headroom.config.ConfigResolver;
import dev.headroom.config.EffectiveConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code headroom config [PATH]}: the configuration a scan would use for PATH, and where it came from. */
@Command(name = "config", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the effective configuration for PATH (default: .) and the files it came from.")
final class ConfigCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..1", description = "A file or directory (default: .).")
    Path path = Path.of(".");

    @CommandLine.Mixin
    ScanOptions options = new ScanOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = options.problem(java.util.List.of(path));
        if (problem != null) return Main.usage(err, problem);
        Config config;
        try {
            config = options.resolver().forPath(path);
        } catch (ConfigException e) {
            err.println("headroom: " + e.getMessage());
            return Main.USAGE;
        }
        String searched = options.noConfig ? "--no-config"
                : "no " + String.join(" or ", ConfigResolver.NAMES) + " from " + path + " up to the top of the git work tree";
        out.print(EffectiveConfig.render(path.toString(), config, searched));
        out.flush();
        return Main.OK;
    }
}
