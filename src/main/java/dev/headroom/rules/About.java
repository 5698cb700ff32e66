package dev.headroom.rules;

/**
 * What a finding is about, as data beside its message, for the steps after the rules that group or fix findings
 * ({@code suppress.SharedValues}, {@code fix.plan.FixPlanner}): they read this, never the prose, so rewording a
 * message changes nothing but its text. A finding that needs neither carries none (null).
 */
public sealed interface About {

    /** An inline suppression comment that suppressed nothing at all: removing the whole comment mends it. */
    About UNUSED_COMMENT = new UnusedComment();

    /**
     * A finding about one element, worded "{@code kind} label: {@code detail}" ("Function Api: timeout 30 s is
     * ..."), the label being the origin's. Findings of one rule and level at one place with the same kind and
     * detail say the same thing of different elements: one value they share.
     *
     * @param kind   the element's kind as the message names it ("Function", "Queue", "Task definition")
     * @param detail what the message says after "kind label: "
     */
    record Element(String kind, String detail) implements About {

        public Element {
            java.util.Objects.requireNonNull(kind, "kind");
            java.util.Objects.requireNonNull(detail, "detail");
        }

        /** The message: "kind label: detail". */
        public String message(String label) {
            return kind + " " + label + ": " + detail;
        }

        // Written out, as Origin's and Source's are: a finding's hash includes this, and the generated methods
        // bootstrap method handles on first use.
        @Override
        public boolean equals(Object o) {
            return o instanceof Element e && kind.equals(e.kind) && detail.equals(e.detail);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + detail.hashCode();
        }
    }

    /** See {@link #UNUSED_COMMENT}; one instance, so identity is equality. */
    final class UnusedComment implements About {
        private UnusedComment() {
        }

        @Override
        public int hashCode() {
            return 902; // fixed, not the identity hash: the same input hashes the same in every run
        }

        @Override
        public String toString() {
            return "UnusedComment";
        }
    }
}
