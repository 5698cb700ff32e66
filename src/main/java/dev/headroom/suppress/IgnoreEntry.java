package dev.headroom.suppress;

import dev.headroom.model.Source;

import java.nio.file.Path;
import java.util.List;

/**
 * A configuration file's {@code ignore:} entry, as the config reader hands it over.
 *
 * @param paths globs relative to {@code base} (the config file's directory); empty means every file
 * @param rules rule ids or prefixes ({@code HR102}, {@code HR2})
 * @param until the last day it suppresses ({@code YYYY-MM-DD}), or null
 * @param where the entry in the config file
 */
public record IgnoreEntry(List<String> paths, List<String> rules, String reason, String until, Path base, Source where) {
    public IgnoreEntry {
        paths = List.copyOf(paths);
        rules = List.copyOf(rules);
    }
}
