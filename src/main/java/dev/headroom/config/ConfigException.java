package dev.headroom.config;

/** A rule set or option the user gave that cannot be used; the CLI prints the message and exits 2. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
