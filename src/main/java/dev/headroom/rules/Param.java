package dev.headroom.rules;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A rule parameter that rule sets may override. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Param {
    String name();

    /** The default, as it would be written in a rule set (a list is comma-separated). */
    String defaultValue();

    String description();

    /** What values are valid, checked when a rule set is loaded so that a bad value is a usage error. */
    Kind kind() default Kind.TEXT;

    enum Kind {
        /** Free text; a default that is a number must stay a number. */
        TEXT,
        /** Comma-separated regular expressions. */
        PATTERNS,
        /** {@code today} or an ISO date {@code YYYY-MM-DD}. */
        DATE
    }
}
