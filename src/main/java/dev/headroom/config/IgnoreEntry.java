package dev.headroom.config;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.headroom.model.Source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a config file's {@code ignore:} list, bound and checked: findings of {@code rules} (rule ids, or
 * prefixes such as {@code HR2}) in files matching {@code paths} are accepted, for {@code reason}, through
 * {@code until} (inclusive) when it is set. The suppression engine applies it; this record only says what was
 * written, where ({@code source}: the entry in the config file), and against which directory its globs count.
 */
public record IgnoreEntry(List<String> paths, List<String> rules, String reason, LocalDate until, Source source,
                          PathGlobs globs) {

    /** An entry as written in the file, before it is checked; {@code headroom config} leaves out an unset until. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"paths", "rules", "reason", "until"})
    public record Written(List<String> paths, List<String> rules, String reason, String until) {
    }

    public IgnoreEntry {
        paths = List.copyOf(paths);
        rules = List.copyOf(rules);
    }

    /** True when the finding's file lies under one of {@link #paths} (relative to the config's directory). */
    public boolean appliesTo(Path file) {
        return globs.matches(file);
    }

    /** True when {@code ruleId} is one of {@link #rules} or starts with one of them ({@code HR2} covers HR201). */
    public boolean covers(String ruleId) {
        for (String r : rules) if (ruleId.startsWith(r)) return true;
        return false;
    }

    /** The entry as it is written back by {@code headroom config}. */
    public Written written() {
        return new Written(paths, rules, reason, until == null ? null : until.toString());
    }
}
