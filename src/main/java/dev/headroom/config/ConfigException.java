package dev.headroom.config;

import dev.headroom.model.Source;

/**
 * A rule set, config file or option the user gave that cannot be used; the CLI prints the message and exits 2.
 * When the problem is in a file, the message starts with {@code FILE:LINE:COL: } so editors can jump to it.
 */
public final class ConfigException extends Exception {

    private final boolean located;

    public ConfigException(String message) {
        super(message);
        this.located = false;
    }

    public ConfigException(Source at, String message) {
        super(at.file() + ":" + at.line() + ":" + at.column() + ": " + message);
        this.located = true;
    }

    /** True when the message already names the file, line and column of the problem. */
    public boolean located() {
        return located;
    }

    /**
     * A config problem found while scanning (a {@code .headroom.yaml} deep in the tree), carried out of code that
     * cannot throw checked exceptions; the CLI unwraps it into a usage error.
     */
    public static final class Unchecked extends RuntimeException {
        public Unchecked(ConfigException cause) {
            super(cause.getMessage(), cause);
        }

        public ConfigException problem() {
            return (ConfigException) getCause();
        }
    }
}
