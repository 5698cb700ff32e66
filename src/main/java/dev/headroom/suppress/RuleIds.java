package dev.headroom.suppress;

import dev.headroom.rules.Registry;
import dev.headroom.rules.Rule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks shared by every surface: a rule a suppression names, and its {@code until} date. */
final class RuleIds {

    private RuleIds() {
    }

    /** The id of a rule named by id or name ({@code HR102}, {@code lambda-timeout-near-limit}), or null. */
    static String resolve(String idOrName) {
        Rule r = Registry.lookup(idOrName.strip());
        return r == null ? null : r.meta().id();
    }

    /** The date, or null when it is not {@code YYYY-MM-DD}. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
