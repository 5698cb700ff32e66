package dev.headroom.rules.tool;

import dev.headroom.model.Problem;
import dev.headroom.model.Stack;
import dev.headroom.rules.Finding;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;
import dev.headroom.tree.ParseException;

import java.util.List;

@RuleInfo(
        id = "HR900",
        name = "parse-error",
        severity = Severity.ERROR,
        summary = "A file could not be read: malformed YAML or JSON, a duplicate key, an unsupported tag, too deep or too large.",
        whatItDoes = """
                Reports a template that could not be parsed or read, at the line where the problem is: malformed \
                YAML or JSON, a duplicate key in a mapping, an unknown `!Tag`, an alias bomb, a document nested \
                too deeply or too large, or a resource without a `Type`. The scan goes on with the other files. An \
                unknown tag (a typo, or a pre-processor's such as Rain's `!Rain::Embed`) is reported at each use \
                and the rest of the file is still checked, with the tagged value unknown.""",
        whyIsThisBad = """
                CloudFormation rejects such a template, or worse, YAML silently keeps the last of two duplicate \
                keys, so what is deployed is not what the reviewer read. No other rule can check a file that \
                cannot be read.""",
        example = """
                ```yaml
                Resources:
                  Api:
                    Type: AWS::Serverless::Function
                    Properties:
                      Timeout: 30
                      Timeout: 900
                ```""",
        useInstead = """
                Fix the syntax at the reported line; keep one value per key.
                ```yaml
                      Timeout: 30
                ```""",
        tags = {"tool", "syntax"},
        references = {"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html"})
public final class ParseError implements Rule {

    public static final String ID = "HR900";

    /** Problems the readers met in files that did parse (for example a resource without a Type). */
    @Override
    public void check(Stack stack, RuleContext ctx) {
        StackProblems.report(stack, ctx, ID);
    }

    /**
     * The finding for a problem found outside any one stack (a CDK manifest naming a missing template). Like every
     * file-level finding it has no subject: a baseline holds it by rule and file, counted, never by message.
     */
    public static Finding finding(Problem p) {
        return new Finding(ID, Severity.ERROR, p.message(), p.source(), p.related(), null, "");
    }

    /** The finding for a file that did not parse (no subject: see {@link #finding(Problem)}). */
    public static Finding finding(ParseException e) {
        return new Finding(ID, Severity.ERROR, e.getMessage(), e.source(), List.of(), null, "");
    }
}
