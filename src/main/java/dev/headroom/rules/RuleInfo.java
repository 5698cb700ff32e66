package dev.headroom.rules;

import dev.headroom.fix.Applicability;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything known about a rule, in one place on the rule's class. The {@code rules} command, SARIF
 * {@code tool.driver.rules}, the generated docs and {@code explain} are all derived from it.
 * The four help parts follow Ruff's pages and are Markdown.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable id, {@code HRnnn}. */
    String id();

    /** Stable kebab-case name. */
    String name();

    Severity severity();

    /** One line: what the rule reports. */
    String summary();

    String whatItDoes();

    String whyIsThisBad();

    String example();

    String useInstead();

    String[] tags();

    Param[] params() default {};

    /** Whether the rule's findings carry a fix, and whether it is safe ({@code headroom fix}) or unsafe ({@code --unsafe}). */
    Applicability fix() default Applicability.NONE;

    /** What the fix does, one sentence for the docs page; required when {@link #fix()} is not NONE. */
    String fixSummary() default "";

    /** The AWS documentation the rule rests on. */
    String[] references() default {};
}
