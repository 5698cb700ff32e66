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
}
