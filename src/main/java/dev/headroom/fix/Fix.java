package dev.headroom.fix;

import java.util.List;

/**
 * A finding's fix: the rule's {@link Applicability}, what it does, the changes the rule asked for, and either the
 * text edits that carry them out or the reason none can be made ({@code unavailable}: a value chosen by
 * {@code Fn::If}, a CDK template, a value shared with other resources).
 */
public record Fix(Applicability applicability, String description, List<Change> changes, List<Edit> edits,
                  String unavailable) {

    public Fix {
        changes = List.copyOf(changes);
        edits = List.copyOf(edits);
    }

    /** What a rule declares; the planner fills in the edits. */
    public static Fix intent(Applicability applicability, List<Change> changes) {
        String description = String.join("; ", changes.stream().map(Change::describe).toList());
        return new Fix(applicability, description, changes, List.of(), null);
    }

    /** The fix with its edits; {@code where} says what they change, where ({@code set Globals.Function.Timeout to 29}). */
    public Fix resolved(List<Edit> resolvedEdits, String where) {
        return new Fix(applicability, where, changes, resolvedEdits, null);
    }

    public Fix refused(String reason) {
        return new Fix(applicability, description, changes, List.of(), reason);
    }

    /** True when there are edits to apply. */
    public boolean available() {
        return unavailable == null && !edits.isEmpty();
    }

    /** True when {@code headroom fix} applies it: available and safe, or unsafe ones allowed. */
    public boolean applies(boolean unsafe) {
        return available() && (applicability == Applicability.SAFE || unsafe && applicability == Applicability.UNSAFE);
    }
}
