package dev.headroom.rules.tool;

import dev.headroom.model.Problem;
import dev.headroom.model.Stack;
import dev.headroom.rules.RuleContext;

/** The tool rules that report what readers attached to a stack as {@link Problem}s under their id. */
final class StackProblems {

    private StackProblems() {
    }

    static void report(Stack stack, RuleContext ctx, String ruleId) {
        for (Problem p : stack.problems()) {
            // No subject: a file-level finding is held by a baseline by rule and file, counted, not by its message.
            if (p.ruleId().equals(ruleId)) ctx.report(null, "", p.source(), p.message(), p.related());
        }
    }
}
