package dev.headroom.config;

import dev.headroom.read.ReadOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which configuration applies to each scanned file. Like Ruff: the nearest {@code .headroom.yaml} (or
 * {@code .headroom.yml}) upward from the file wins, with no merge of files further up; the search stops at the
 * top of the git work tree (a directory holding {@code .git}) or the filesystem root. {@code --config FILE} uses
 * one file for every path and {@code --no-config} none. The command line's options win over any file. Lookups are
 * cached per directory and each file is read once, so a scan of thousands of files reads its configs once.
 */
public final class ConfigResolver {

    public static final List<String> NAMES = List.of(".headroom.yaml", ".headroom.yml");

    private enum Mode { DISCOVER, FILE, NONE, FIXED }

    private final Mode mode;
    private final Path fixedFile;
    private final ConfigFile cli;
    private final boolean allowEnv;
    private final Config fixed;
    private final Map<Path, Optional<Path>> nearest = new HashMap<>();
    private final Map<Path, Config> byFile = new HashMap<>();
    /** The answer for each path asked about, which saves a stat call per repeated question. */
    private final Map<Path, Config> byPath = new HashMap<>();
    private Config withoutFile;
    /**
     * By identity: each config is built once per file, and a record's hashCode over the whole config (its first call
     * bootstraps method handles) cost a one-template scan 50 ms.
     */
    private final Set<Config> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<Config> usedInOrder = new ArrayList<>();

    private ConfigResolver(Mode mode, Path fixedFile, ConfigFile cli, boolean allowEnv, Config fixed) {
        this.mode = mode;
        this.fixedFile = fixedFile;
        this.cli = cli;
        this.allowEnv = allowEnv;
        this.fixed = fixed;
    }

    /** The nearest config file upward from each path, with {@code cli} over it. */
    public static ConfigResolver discover(ConfigFile cli, boolean allowEnv) {
        return new ConfigResolver(Mode.DISCOVER, null, cli, allowEnv, null);
    }

    /** {@code --config FILE}: that file for every path; its relative paths count from its own directory. */
    public static ConfigResolver file(Path file, ConfigFile cli, boolean allowEnv) {
        return new ConfigResolver(Mode.FILE, file.toAbsolutePath().normalize(), cli, allowEnv, null);
    }

    /** {@code --no-config}: only the command line. */
    public static ConfigResolver none(ConfigFile cli, boolean allowEnv) {
        return new ConfigResolver(Mode.NONE, null, cli, allowEnv, null);
    }

    /** One given configuration for every path (tests, and callers that choose rules themselves). */
    public static ConfigResolver fixed(Config config) {
        return new ConfigResolver(Mode.FIXED, null, ConfigFile.EMPTY, false, config);
    }

    /** The configuration for a file or directory. */
    public synchronized Config forPath(Path path) throws ConfigException {
        Config c = switch (mode) {
            case FIXED -> fixed;
            case NONE -> withoutFile();
            case FILE -> load(fixedFile);
            case DISCOVER -> {
                // each scanned file is asked for by the command (before any read), the scanner and the suppressor
                Config known = byPath.get(path);
                if (known != null) yield known;
                Path abs = path.toAbsolutePath().normalize();
                Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
                Optional<Path> file = dir == null ? Optional.empty() : nearest(dir);
                Config found = file.isPresent() ? load(file.get()) : withoutFile();
                byPath.put(path, found);
                yield found;
            }
        };
        if (used.add(c)) usedInOrder.add(c);
        return c;
    }

    /** The configurations handed out so far, in the order first used. */
    public synchronized List<Config> used() {
        return new ArrayList<>(usedInOrder);
    }

    /** The config file that applies in {@code dir}: its own, else its parent's, up to the work tree's top. */
    private Optional<Path> nearest(Path dir) throws ConfigException {
        Optional<Path> known = nearest.get(dir);
        if (known != null) return known;
        Optional<Path> found = own(dir);
        if (found.isEmpty() && !Files.exists(dir.resolve(".git")) && dir.getParent() != null) found = nearest(dir.getParent());
        nearest.put(dir, found);
        return found;
    }

    private static Optional<Path> own(Path dir) throws ConfigException {
        List<Path> present = new ArrayList<>();
        for (String name : NAMES) if (Files.isRegularFile(dir.resolve(name))) present.add(dir.resolve(name));
        if (present.size() > 1) {
            throw new ConfigException(present.get(1) + ": both " + NAMES.get(0) + " and " + NAMES.get(1)
                    + " are in " + dir + "; keep one");
        }
        return present.isEmpty() ? Optional.empty() : Optional.of(present.get(0));
    }

    private Config withoutFile() throws ConfigException {
        if (withoutFile == null) withoutFile = Config.build(null, null, Path.of("").toAbsolutePath(), cli, allowEnv);
        return withoutFile;
    }

    private Config load(Path file) throws ConfigException {
        Config c = byFile.get(file);
        if (c != null) return c;
        if (!Files.isRegularFile(file)) throw new ConfigException("config file " + file + " does not exist");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        String label = display(file);
        c = Config.build(StrictYaml.bind(label, text, ConfigFile.class), file, file.getParent(), cli, allowEnv);
        byFile.put(file, c);
        return c;
    }

    /** A config file as messages name it: relative to the current directory when it lies below it. */
    static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }

    /** Convenience for the common case of one rule set and read options. */
    public static ConfigResolver fixed(RuleSet ruleSet, ReadOptions options) {
        return fixed(Config.of(ruleSet, options));
    }
}
