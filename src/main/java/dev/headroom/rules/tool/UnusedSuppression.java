package dev.headroom.rules.tool;

import dev.headroom.fix.Applicability;
import dev.headroom.model.Stack;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

@RuleInfo(
        id = "HR902",
        name = "unused-suppression",
        severity = Severity.WARNING,
        summary = "An inline, Metadata or config suppression that suppressed nothing.",
        whatItDoes = """
                Reports a `# headroom: ignore[...]` comment, a resource's `Metadata: headroom: ignore` entry or a \
                config `ignore:` entry that did not suppress any finding in this run, at the line where it is \
                written. A suppression is judged only in files that were scanned and only for rules that are \
                active: a config entry for a directory outside the scan, or a comment for a rule the rule set \
                switches off, is not reported.""",
        whyIsThisBad = """
                A suppression outlives the problem it accepted: once the value is fixed, the stale comment would \
                silently accept the next, different problem of that rule at the same place, and readers keep \
                trusting a reason that no longer holds. Ruff (RUF100), ESLint and PHPStan report unused \
                suppressions for the same reason.""",
        example = """
                ```yaml
                Resources:
                  Api:
                    Type: AWS::Serverless::Function
                    Properties:
                      # headroom: ignore[HR102] -- nightly export needs the full window
                      Timeout: 30
                ```""",
        useInstead = """
                Remove the suppression once the finding is gone.
                ```yaml
                      Timeout: 30
                ```""",
        tags = {"tool", "suppression"},
        fix = Applicability.SAFE,
        fixSummary = "removes an unused `# headroom: ignore[...]` comment: a comment on its own line with its line, a "
                + "comment after YAML with the spaces before it. Metadata and config entries are left to you.",
        references = {"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/metadata-section-structure.html"})
public final class UnusedSuppression implements Rule {

    /** Judged after every rule ran and every suppression was applied, by the scan's filter step (Suppressor). */
    @Override
    public void check(Stack stack, RuleContext ctx) {
    }
}
