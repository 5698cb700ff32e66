package dev.headroom.rules;

import dev.headroom.model.Stack;

/**
 * A check: a pure function of one stack of the model. Its metadata is the {@link RuleInfo} on its class.
 * Rules skip values that are unknown ({@link dev.headroom.model.Located#isUnknown()}).
 */
public interface Rule {

    void check(Stack stack, RuleContext ctx);

    default RuleMeta meta() {
        return RuleMeta.of(getClass());
    }
}
