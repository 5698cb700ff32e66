package dev.headroom.rules.tool;

import dev.headroom.model.Stack;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

@RuleInfo(
        id = "HR903",
        name = "invalid-annotation",
        severity = Severity.WARNING,
        summary = "A headroom comment or Metadata entry that is malformed, names an unknown rule, lacks a reason, has a bad date, or has expired.",
        whatItDoes = """
                Reports a `# headroom:` comment or a resource's `Metadata: headroom` entry (a suppression or a \
                traffic declaration) that headroom cannot use: malformed, naming an unknown rule, without a \
                reason, with an `until` that is not a date `YYYY-MM-DD`, or expired. An `until` date suppresses \
                through that day; from the next day (compared with `--as-of`, default today) the finding is \
                reported again and this rule says when the suppression expired. Config `ignore:` entries without \
                a reason or past their `until` are reported here too. An invalid suppression suppresses nothing.""",
        whyIsThisBad = """
                A suppression that silently does nothing looks, in review, like an accepted risk; one without a \
                reason cannot be reviewed at all; one that never expires outlives the migration it was written \
                for. Saying so keeps every suppression accountable.""",
        example = """
                ```yaml
                Resources:
                  Api:
                    Type: AWS::Serverless::Function
                    Metadata:
                      headroom:
                        ignore:
                          - id: HR102
                    Properties:
                      # headroom: ignore[HR107] until 2026-03-31 -- migration ticket OPS-42
                      Runtime: nodejs20.x
                ```""",
        useInstead = """
                Give every suppression a reason, and renew or remove it when it expires.
                ```yaml
                    Metadata:
                      headroom:
                        ignore:
                          - id: HR102
                            reason: nightly export needs the full window
                    Properties:
                      # headroom: ignore[HR107] until 2027-03-31 -- migration ticket OPS-42, moved to Q1
                      Runtime: nodejs20.x
                ```""",
        tags = {"tool", "suppression"},
        references = {"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/metadata-section-structure.html"})
public final class InvalidAnnotation implements Rule {

    public static final String ID = "HR903";

    /**
     * Problems readers attached to the stack under this rule (a malformed traffic declaration). Suppression
     * comments and Metadata are judged by the scan's filter step, which knows the run's date and every rule.
     */
    @Override
    public void check(Stack stack, RuleContext ctx) {
        StackProblems.report(stack, ctx, ID);
    }
}
