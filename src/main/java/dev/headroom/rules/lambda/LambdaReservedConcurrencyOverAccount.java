package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Related;
import dev.headroom.model.Stack;
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
                the largest reservation, with the others as related locations.""",
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
        List<LambdaFunction> reserving = stack.functions().stream()
                .filter(f -> f.reservedConcurrency() != null && f.reservedConcurrency().known())
                .sorted(Comparator.comparing((LambdaFunction f) -> f.reservedConcurrency().value()).reversed()
                        .thenComparing(LambdaFunction::id))
                .toList();
        if (reserving.isEmpty()) return;
        int sum = reserving.stream().mapToInt(f -> f.reservedConcurrency().value()).sum();
        if (account - sum >= UNRESERVED_MINIMUM) return;
        LambdaFunction largest = reserving.get(0);
        List<Related> related = new ArrayList<>();
        for (LambdaFunction f : reserving.subList(1, reserving.size())) {
            related.add(new Related(f.reservedConcurrency().source(), "function " + f.origin().label() + " reserves "
                    + f.reservedConcurrency().value()));
        }
        // Past the quota itself "-115 remain" reads as a typo: say by how much the quota is exceeded.
        String left = sum > account
                ? String.format("%d more than the account's %d, and Lambda requires %d to stay unreserved",
                        sum - account, account, UNRESERVED_MINIMUM)
                : String.format("%d of the account's %d remain unreserved, fewer than the %d Lambda requires",
                        account - sum, account, UNRESERVED_MINIMUM);
        ctx.report(largest.origin(), "ReservedConcurrentExecutions", largest.reservedConcurrency(), String.format(
                "Functions of this stack reserve %d concurrent executions (%s reserves %d): %s. "
                        + "Lower the reservations or raise the quota",
                sum, largest.origin().label(), largest.reservedConcurrency().value(), left),
                related.toArray(Related[]::new));
    }
}
