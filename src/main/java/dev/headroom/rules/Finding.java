package dev.headroom.rules;

import dev.headroom.model.Origin;
import dev.headroom.model.Related;
import dev.headroom.model.Source;

import java.util.Comparator;
import java.util.List;

/**
 * One result: a rule, a level, a message that names the value found and the limit, the place to edit,
 * related places, and the model element it concerns ({@code origin}, null for file-level findings).
 * {@code subject} names what in the element is wrong ("Timeout", a container name) so that the
 * fingerprint survives edits elsewhere in the file.
 */
public record Finding(String ruleId, Severity severity, String message, Source source, List<Related> related,
                      Origin origin, String subject) {

    /** Report order: file, line, column, rule, message. Every writer uses it, so output is deterministic. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::source)
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
        if (subject == null) subject = "";
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, message, source, related, origin, subject);
    }
}
