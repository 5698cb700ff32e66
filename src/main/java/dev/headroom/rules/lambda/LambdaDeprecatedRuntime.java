package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Stack;
import dev.headroom.rules.Param;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

@RuleInfo(
        id = "HR107",
        name = "lambda-deprecated-runtime",
        severity = Severity.WARNING,
        summary = "A function uses a Lambda runtime past its deprecation date (an error once updates are blocked).",
        whatItDoes = """
                Looks the function's effective `Runtime` up in a table of Lambda's managed runtimes with their \
                deprecation, create-block and update-block dates (transcribed from the AWS "Lambda runtimes" page \
                into `runtimes.tsv`). Reports the function at the rule's level once the deprecation date has \
                passed, and as an **error** once AWS blocks function updates, because the next deployment of the \
                stack then fails. "Today" is the `asOf` parameter (`today`, or a date `YYYY-MM-DD`; \
                `headroom scan --as-of` sets it), so results do not drift with the calendar in CI. Runtimes not in \
                the table (custom runtimes, new ones) and container images are not reported.""",
        whyIsThisBad = """
                A deprecated runtime no longer receives security patches and the function is no longer eligible \
                for technical support. After the create-block date new stacks with it fail to deploy; after the \
                update-block date any change to the function — even a code fix during an incident — is refused.""",
        example = """
                ```yaml
                  Worker:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.8
                ```""",
        useInstead = """
                Move to a supported runtime of the same language (test the code first: major versions are not \
                guaranteed to be compatible):
                ```yaml
                      Runtime: python3.13
                ```""",
        tags = {"lambda", "runtime", "security"},
        params = @Param(name = "asOf", defaultValue = "today",
                description = "The date compared with the runtime's dates: `today` (UTC) or `YYYY-MM-DD`.",
                kind = Param.Kind.DATE),
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
                "https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html"})
public final class LambdaDeprecatedRuntime implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        LocalDate today = asOf(ctx.param("asOf"));
        for (LambdaFunction fn : stack.functions()) {
            if (fn.runtime() == null || fn.runtime().isUnknown()) continue;
            RuntimeTable.Entry e = RuntimeTable.get(fn.runtime().value());
            if (e == null || e.deprecation() == null || today.isBefore(e.deprecation())) continue;
            boolean updateBlocked = e.blockUpdate() != null && !today.isBefore(e.blockUpdate());
            boolean createBlocked = e.blockCreate() != null && !today.isBefore(e.blockCreate());
            String consequence = updateBlocked
                    ? "updates of functions on it are blocked since " + e.blockUpdate() + ", so the next deployment fails"
                    : createBlocked
                    ? "new functions on it are refused since " + e.blockCreate()
                            + (e.blockUpdate() == null ? "" : ", and updates will be from " + e.blockUpdate())
                    : e.blockCreate() == null ? "it no longer receives security patches"
                    : "new functions on it will be refused from " + e.blockCreate()
                            + (e.blockUpdate() == null ? "" : " and updates from " + e.blockUpdate());
            ctx.reportOn(updateBlocked ? Severity.ERROR : ctx.severity(), "Function", fn.origin(), "Runtime",
                    fn.runtime().source(), String.format(
                            "runtime %s (%s) is deprecated since %s; %s. Move to a supported runtime",
                            e.id(), e.name(), e.deprecation(), consequence),
                    fn.runtime().related()); // a Globals runtime names the inheriting function
        }
    }

    /** {@code today} is the UTC date; anything else must be an ISO date (the rule set loader cannot check that). */
    static LocalDate asOf(String value) {
        if (value.equalsIgnoreCase("today")) return LocalDate.now(ZoneOffset.UTC);
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("HR107 parameter asOf must be 'today' or YYYY-MM-DD, got '" + value + "'");
        }
    }
}
