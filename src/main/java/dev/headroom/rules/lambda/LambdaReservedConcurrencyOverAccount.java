package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.Related;
import dev.headroom.model.Stack;
import dev.headroom.rules.Candidates;
import dev.headroom.rules.Param;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@RuleInfo(
        id = "HR108",
        name = "lambda-reserved-concurrency-over-account",
        severity = Severity.WARNING,
        summary = "The reserved concurrency of one stack's functions leaves fewer than 100 of the account's concurrency unreserved.",
        whatItDoes = """
                Adds up the `ReservedConcurrentExecutions` of every function of the stack whose value is known and \
                reports when `accountConcurrency` (default 1000, the default Regional quota) minus that sum is below \
                100, the unreserved minimum Lambda keeps for functions without reservations. The finding points at \
                the largest reservation, with the others as related locations. A reservation that is one of a few \
                values (an `Fn::If` on a condition known only at deploy time, a parameter with `AllowedValues` and \
                no default) counts at its smallest, so the rule fires only when even the smallest sum the template \
                allows is too large; the finding then points at that smallest value and relates the others.""",
        whyIsThisBad = """
                Lambda refuses a reservation that would leave fewer than 100 concurrent executions unreserved, so \
                the deployment fails. Even below that line, every function without a reservation — including \
                those of other stacks in the account — shares what is left and is throttled first in a spike.""",
        example = """
                ```yaml
                  Ingest:
                    Type: AWS::Serverless::Function
                    Properties:
                      ReservedConcurrentExecutions: 600
                  Export:
                    Type: AWS::Serverless::Function
                    Properties:
                      ReservedConcurrentExecutions: 350
                ```""",
        useInstead = """
                Reserve only what a function must be guaranteed (or use reservations as a cap on small functions), \
                or request a higher concurrency quota and set `accountConcurrency` to it:
                ```yaml
                      ReservedConcurrentExecutions: 200
                ```""",
        tags = {"lambda", "concurrency", "quota"},
        params = @Param(name = "accountConcurrency", defaultValue = "1000",
                description = "The account's concurrent-executions quota in the Region."),
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html",
                "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"})
public final class LambdaReservedConcurrencyOverAccount implements Rule {

    /** Lambda always keeps this many executions unreserved. */
    static final int UNRESERVED_MINIMUM = 100;

    @Override
    public void check(Stack stack, RuleContext ctx) {
        int account = ctx.intParam("accountConcurrency");
        // A reservation that is one of a few values (Fn::If, AllowedValues) counts at its smallest: the rule fires
        // only when even the smallest sum the template allows leaves too little unreserved.
        List<LambdaFunction> reserving = stack.functions().stream()
                .filter(f -> least(f) != null)
                .sorted(Comparator.comparing(LambdaReservedConcurrencyOverAccount::least).reversed()
                        .thenComparing(LambdaFunction::id))
                .toList();
        if (reserving.isEmpty()) return;
        int sum = reserving.stream().mapToInt(LambdaReservedConcurrencyOverAccount::least).sum();
        if (account - sum >= UNRESERVED_MINIMUM) return;
        boolean anySet = reserving.stream().anyMatch(f -> !f.reservedConcurrency().known());
        LambdaFunction largest = reserving.get(0);
        Located<Integer> at = smallestCandidate(largest.reservedConcurrency());
        List<Related> related = new ArrayList<>();
        for (Located<Integer> other : largest.reservedConcurrency().candidates()) {
            if (other != at) related.add(new Related(other.source(), "function " + largest.origin().label()
                    + " may reserve " + other.value() + " instead"));
        }
        for (LambdaFunction f : reserving.subList(1, reserving.size())) {
            Located<Integer> rc = f.reservedConcurrency();
            if (rc.known()) {
                related.add(new Related(rc.source(), "function " + f.origin().label() + " reserves " + rc.value()));
            } else if (sameCandidates(rc, largest.reservedConcurrency())) {
                // One Globals entry or parameter for both: name the function, not the same values again.
                related.add(new Related(f.origin().source(), "function " + f.origin().label() + " reserves the same, at "
                        + "least " + least(f)));
            } else {
                related.addAll(Candidates.whereWritten(rc, "reservation of function " + f.origin().label() + ":", ""));
            }
        }
        String atLeast = anySet ? "at least " : "";
        // Past the quota itself "-115 remain" reads as a typo: say by how much the quota is exceeded.
        String left = sum > account
                ? String.format("%s%d more than the account's %d, and Lambda requires %d to stay unreserved",
                        atLeast, sum - account, account, UNRESERVED_MINIMUM)
                : String.format("%s%d of the account's %d remain unreserved, fewer than the %d Lambda requires",
                        anySet ? "at most " : "", account - sum, account, UNRESERVED_MINIMUM);
        ctx.report(largest.origin(), "ReservedConcurrentExecutions", at, String.format(
                "Functions of this stack reserve %s%d concurrent executions (%s reserves %s%d)%s: %s. "
                        + "Lower the reservations or raise the quota",
                atLeast, sum, largest.origin().label(), largest.reservedConcurrency().known() ? "" : "at least ",
                at.value(), anySet ? ", whichever values the template's conditions and allowed values pick" : "", left),
                related.toArray(Related[]::new));
    }

    /** A function's reservation at its smallest (a known value, or the least candidate); null when none is told. */
    private static Integer least(LambdaFunction f) {
        return f.reservedConcurrency() == null ? null : Candidates.mostLenient(f.reservedConcurrency(), true);
    }

    /** True when both values are candidate sets written at the same places (one parameter, one Globals entry). */
    private static boolean sameCandidates(Located<Integer> a, Located<Integer> b) {
        return !b.known() && a.candidates().stream().map(Located::source).toList()
                .equals(b.candidates().stream().map(Located::source).toList());
    }

    /** The value itself, or its smallest candidate: the one the sum counts. */
    private static Located<Integer> smallestCandidate(Located<Integer> v) {
        if (v.known()) return v;
        return v.candidates().stream().min(Comparator.comparing(Located::value)).orElseThrow();
    }
}
