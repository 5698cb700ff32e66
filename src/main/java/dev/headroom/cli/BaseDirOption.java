package dev.headroom.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --base-dir DIR}: the directory the paths in a report are written relative to ({@code scan}, {@code fix}, {@code fit}). */
final class BaseDirOption {

    @Option(names = "--base-dir", paramLabel = "DIR",
            description = "Report paths relative to DIR (default: the current directory).")
    Path dir = Path.of(".");
}
