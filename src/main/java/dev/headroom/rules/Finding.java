package dev.headroom.rules;

import dev.headroom.fix.Fix;
import dev.headroom.model.Origin;
import dev.headroom.model.Related;
import dev.headroom.model.Source;

import java.util.Comparator;
import java.util.List;

/**
 * One result: a rule, a level, a message that names the value found and the limit, the place to edit,
 * related places, and the model element it concerns ({@code origin}, null for file-level findings).
 * {@code subject} names what in the element is wrong ("Timeout", a container name) so that the
 * fingerprint survives edits elsewhere in the file. {@code fix} is the rule's fix for it, or null when the rule
 * has none; it is derived data, so it takes no part in equality (one finding read twice is still one).
 * {@code about} holds what the message says as data for the steps that merge or fix findings ({@link About}), or
 * null; it never changes the message.
 */
public record Finding(String ruleId, Severity severity, String message, Source source, List<Related> related,
                      Origin origin, String subject, Fix fix, About about) {

    /** Report order: file, line, column, rule, message. Every writer uses it, so output is deterministic. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::source)
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
        if (subject == null) subject = "";
    }

    public Finding(String ruleId, Severity severity, String message, Source source, List<Related> related,
                   Origin origin, String subject) {
        this(ruleId, severity, message, source, related, origin, subject, null, null);
    }

    public Finding(String ruleId, Severity severity, String message, Source source, List<Related> related,
                   Origin origin, String subject, Fix fix) {
        this(ruleId, severity, message, source, related, origin, subject, fix, null);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, message, source, related, origin, subject, fix, about);
    }

    public Finding withFix(Fix f) {
        return new Finding(ruleId, severity, message, source, related, origin, subject, f, about);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && ruleId.equals(f.ruleId) && severity == f.severity && message.equals(f.message)
                && source.equals(f.source) && related.equals(f.related) && java.util.Objects.equals(origin, f.origin)
                && subject.equals(f.subject) && java.util.Objects.equals(about, f.about);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(ruleId, severity, message, source, related, origin, subject, about);
    }
}
