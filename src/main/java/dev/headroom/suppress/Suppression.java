package dev.headroom.suppress;

import dev.headroom.model.Source;
import dev.headroom.rules.Finding;

import java.time.LocalDate;
import java.util.List;

/**
 * One accepted suppression: the rules it names (ids, or prefixes such as {@code HR2} in config), why, until when,
 * where it is written, and which findings it covers.
 *
 * @param until the last day it suppresses, or null for no expiry
 * @param where where the suppression is written (the comment, the Metadata entry, the config entry, the baseline file)
 */
public record Suppression(SuppressionKind kind, List<String> rules, String reason, LocalDate until, Source where,
                          Scope scope) {

    public Suppression {
        rules = List.copyOf(rules);
    }

    /** Which findings a suppression covers, rule aside. */
    public interface Scope {
        boolean covers(Finding f);
    }

    /** A range of one file: a comment's YAML node, or the whole file for {@code ignore-file}. */
    public record InFile(String file, Source range) implements Scope {
        @Override
        public boolean covers(Finding f) {
            Source s = f.source();
            if (!s.file().equals(file)) return false;
            if (range == null) return true;
            return !before(s.line(), s.column(), range.line(), range.column())
                    && before(s.line(), s.column(), range.endLine(), range.endColumn());
        }

        private static boolean before(int line, int col, int otherLine, int otherCol) {
            return line < otherLine || line == otherLine && col < otherCol;
        }
    }

    /** Findings about one resource or function, wherever they are reported. */
    public record OnResource(String file, String logicalId) implements Scope {
        @Override
        public boolean covers(Finding f) {
            return f.origin() != null && logicalId.equals(f.origin().logicalId())
                    && f.origin().source() != null && file.equals(f.origin().source().file());
        }
    }

    /** True when this suppression names {@code ruleId}, by id or (config) by prefix. */
    public boolean names(String ruleId) {
        for (String r : rules) if (ruleId.startsWith(r)) return true;
        return false;
    }

    /** True when it was still in force on {@code asOf} (it suppresses through its {@code until} day). */
    public boolean inForce(LocalDate asOf) {
        return until == null || !asOf.isAfter(until);
    }

    public boolean covers(Finding f) {
        return names(f.ruleId()) && scope.covers(f);
    }
}
