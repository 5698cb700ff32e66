package dev.headroom.rules.integration;

import dev.headroom.fix.Change;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Queue;
import dev.headroom.model.Related;
import dev.headroom.model.Stack;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;

import dev.headroom.model.Located;
import dev.headroom.rules.Candidates;
import dev.headroom.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An SQS queue of the stack that triggers a function of the stack, each with a visibility timeout and a timeout
 * that is known or one of a few candidates: what HR304 and HR305 compare. A comparison judges the function's
 * shortest possible timeout (the most lenient), so it fires only when every combination violates it; a fix covers
 * the longest.
 */
record QueueTrigger(Trigger trigger, Queue queue, LambdaFunction function) {

    /** AWS's guidance: a visibility timeout of at least six times the function timeout. */
    static final double AWS_MULTIPLIER = 6;

    /** SQS's longest visibility timeout, 12 hours. */
    static final int MAX_VISIBILITY = 43_200;

    /**
     * The fix of a queue: {@code multiplier} × the longest timeout of all the functions it triggers (the largest
     * candidate of a set), so that one edit fixes every pair of this queue in every combination, and two findings
     * on it ask for the same value.
     */
    Change visibilityChange(Stack stack, double multiplier) {
        int longest = longestTimeout();
        for (QueueTrigger other : of(stack)) {
            if (other.queue().id().equals(queue.id())) longest = Math.max(longest, other.longestTimeout());
        }
        long value = Math.min(MAX_VISIBILITY, (long) Math.ceil(multiplier * longest));
        return Change.set(queue.visibilityTimeout(), queue.origin(), (int) value, "Properties", "VisibilityTimeout");
    }

    static List<QueueTrigger> of(Stack stack) {
        List<QueueTrigger> out = new ArrayList<>();
        for (Trigger t : stack.triggers()) {
            if (t.kind() != TriggerKind.SQS || t.queueId() == null) continue;
            Queue q = stack.queue(t.queueId()).orElse(null);
            LambdaFunction fn = stack.function(t.functionId()).orElse(null);
            if (q == null || fn == null || Candidates.mostLenient(fn.timeout(), true) == null) continue;
            if (q.visibilityTimeout().isUnknown() && q.visibilityTimeout().candidates().isEmpty()) continue;
            out.add(new QueueTrigger(t, q, fn));
        }
        return out;
    }

    /**
     * The visibility timeout to report when {@code violates} holds for it: the known value, or the first of its
     * candidates (an {@code Fn::If}, {@code AllowedValues}) when every one violates; else null.
     */
    Located<Integer> visibilityWhenAll(Predicate<Integer> violates) {
        return Candidates.whenAllViolate(queue.visibilityTimeout(), violates);
    }

    /** A fix of the visibility timeout, for a known value only: one edit cannot mend every candidate. */
    RuleContext fixing(RuleContext ctx, Stack stack, double multiplier) {
        return queue.visibilityTimeout().known() ? ctx.withFix(visibilityChange(stack, multiplier)) : ctx;
    }

    /** " (every value the template allows: ...)" for a candidate set, else "". */
    String visibilityNote() {
        return Candidates.note(queue.visibilityTimeout(), " s");
    }

    /** The function's timeout, the shortest of its candidates: what a visibility timeout is judged against. */
    int timeout() {
        return Candidates.mostLenient(function.timeout(), true);
    }

    /** The function's timeout, the longest of its candidates: what a visibility timeout must cover. */
    int longestTimeout() {
        return Candidates.mostLenient(function.timeout(), false);
    }

    /**
     * "the 30 s timeout of function F, which it triggers", or for a candidate set "the timeout of function F, which
     * it triggers, in every value the template allows (30 s, 60 s)".
     */
    String timeoutPhrase() {
        if (function.timeout().known()) {
            return "the " + timeout() + " s timeout of function " + function.origin().label() + ", which it triggers";
        }
        return "the timeout of function " + function.origin().label() + ", which it triggers, in every value the "
                + "template allows (" + function.timeout().candidates().stream().map(c -> c.value() + " s")
                .collect(Collectors.joining(", ")) + ")";
    }

    /** " (the default)" when the queue's visibility timeout is SQS's default, else "". */
    String visibilityDefaulted() {
        return queue.visibilityTimeout().defaulted() ? " (the default)" : "";
    }

    /** The function's timeout and the event that links the two, as related locations of a finding on the queue. */
    Related[] related() {
        List<Related> all = new ArrayList<>();
        if (function.timeout().known()) {
            all.add(new Related(function.timeout().source(), "timeout of function " + function.origin().label()
                    + (function.timeout().defaulted() ? " (the default " + timeout() + " s)" : "")));
        } else {
            all.addAll(Candidates.whereWritten(function.timeout(), "timeout of function " + function.origin().label() + ":", " s"));
        }
        all.add(new Related(trigger.source(), "the queue triggers the function here"));
        return all.toArray(Related[]::new);
    }
}
