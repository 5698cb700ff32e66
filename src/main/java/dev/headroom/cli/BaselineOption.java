package dev.headroom.cli;

import dev.headroom.config.ConfigFile;
import picocli.CommandLine.Option;

/**
 * {@code --baseline FILE}: the findings a baseline holds are not reported ({@code scan}) and not fixed ({@code fix}).
 * Not part of {@link ScanOptions}: {@code baseline} writes a baseline and reads none.
 */
final class BaselineOption {

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hold the findings FILE knows (a .headroom-baseline.json from `headroom baseline`, or a "
                    + "previous SARIF report): only new findings are reported, fail the run and are fixed "
                    + "(default: the config's baseline).")
    String file;

    /** {@code overrides} with this option's {@code baseline} key over the config file's. */
    ConfigFile over(ConfigFile overrides) {
        return overrides.with("baseline", file);
    }
}
