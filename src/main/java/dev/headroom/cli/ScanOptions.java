package dev.headroom.cli;

import dev.headroom.config.ConfigFile;
import dev.headroom.config.ConfigResolver;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options that decide what a template reads as and which findings exist: where configuration comes from, the
 * rule set, parameter values, Serverless stage, region and environment, and the date. {@code scan}, {@code fix},
 * {@code baseline}, {@code fit} and {@code config} all mix this in, so a run of one command means the same
 * templates and findings as the same options on another.
 *
 * <p>{@code --config} and {@code --no-config} exclude each other; picocli 4.7.6 duplicates the options of an
 * {@code @ArgGroup} inside a mixin, so {@link #problem()} checks that instead.
 */
final class ScanOptions {

    @Option(names = "--ruleset", paramLabel = "default|strict|FILE",
            description = "Rules, levels and parameters to use (default: the config's ruleset, else default).")
    String ruleset;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this config file for every path instead of the nearest .headroom.yaml.")
    Path configFile;

    @Option(names = "--no-config", description = "Read no .headroom.yaml; only the command line counts.")
    boolean noConfig;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A template parameter value (CloudFormation/SAM parameter, Serverless $${param:KEY}); repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--stage", paramLabel = "STAGE",
            description = "Serverless stage for $${opt:stage} and $${sls:stage} (default: provider.stage, else dev).")
    String stage;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Serverless region for $${opt:region}; `fit` prices this region (default: Serverless "
                    + "provider.region, a CDK stack's environment, else us-east-1).")
    String region;

    @Option(names = "--allow-env", description = "Resolve Serverless $${env:NAME} from the environment; "
            + "such values only steer lookups and are never shown in a report.")
    boolean allowEnv;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The date HR107 compares runtime deprecation dates with, and ignore entries' `until` "
                    + "(default: today, UTC).")
    String asOf;

    /** A usage problem with {@code paths} (one that does not exist) or these options; null when there is none. */
    String problem(java.util.List<Path> paths) {
        for (Path p : paths) if (!Files.exists(p)) return "no such file or directory: " + p;
        return problem();
    }

    /** A usage problem with these options, as {@code headroom: ...} prints it; null when there is none. */
    String problem() {
        if (configFile != null && noConfig) return "--config=FILE, --no-config are mutually exclusive (specify only one)";
        if (configFile != null && !Files.isRegularFile(configFile)) return "--config: no such file: " + configFile;
        return null;
    }

    /** The config keys these options set; they win over a config file. */
    ConfigFile overrides() {
        ConfigFile cli = ConfigFile.EMPTY.with("ruleset", ruleset).with("stage", stage).with("region", region)
                .with("as-of", asOf);
        return params.isEmpty() ? cli : cli.with("params", Map.copyOf(params));
    }

    /** Configuration per path: the nearest .headroom.yaml (default), the {@code --config} file, or none. */
    ConfigResolver resolver(ConfigFile overrides) {
        if (noConfig) return ConfigResolver.none(overrides, allowEnv);
        if (configFile != null) return ConfigResolver.file(configFile, overrides, allowEnv);
        return ConfigResolver.discover(overrides, allowEnv);
    }

    /** {@link #resolver(ConfigFile)} with just these options over the files. */
    ConfigResolver resolver() {
        return resolver(overrides());
    }
}
