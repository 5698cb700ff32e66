package dev.headroom.rules.integration;

import dev.headroom.fix.Applicability;
import dev.headroom.fix.Change;
import dev.headroom.model.Located;
import dev.headroom.model.Stack;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

@RuleInfo(
        id = "HR304",
        name = "sqs-visibility-below-function-timeout",
        severity = Severity.ERROR,
        summary = "SQS queue that triggers a function has a visibility timeout shorter than the function's timeout.",
        whatItDoes = """
                For each SQS queue that triggers a function of the same stack (an event source mapping, a SAM \
                `SQS` event, a Serverless `sqs` event), compares the queue's `VisibilityTimeout` (30 s when not \
                set) with the function's effective timeout. The queue of a serverless-lift `queue` construct is \
                not judged: Lift sets its visibility timeout to 6 × the worker's timeout itself. Either value may \
                be one of a few (an `Fn::If` on a condition known only at deploy time, a parameter with \
                `AllowedValues` and no default): the rule then reports only when every combination is short — the \
                longest visibility timeout against the shortest function timeout.""",
        whyIsThisBad = """
                Lambda refuses to create the event source mapping when the queue's visibility timeout is shorter \
                than the function timeout, so the deployment fails. Were it allowed, a message would become \
                visible again while the first invocation still works on it and be processed twice.""",
        example = """
                ```yaml
                  Jobs:
                    Type: AWS::SQS::Queue          # VisibilityTimeout defaults to 30 s
                  Worker:
                    Type: AWS::Serverless::Function
                    Properties:
                      Timeout: 120
                      Events:
                        Jobs:
                          Type: SQS
                          Properties:
                            Queue: !GetAtt Jobs.Arn
                ```""",
        useInstead = """
                Set the queue's visibility timeout to at least six times the function timeout (AWS's guidance):
                ```yaml
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties:
                      VisibilityTimeout: 720
                ```""",
        tags = {"sqs", "lambda", "timeout"},
        fix = Applicability.SAFE,
        fixSummary = "sets the queue's `VisibilityTimeout` to 6 × the longest timeout of the functions it triggers "
                + "(the longest value a function timeout may take; at most SQS's 43200 s), inserting it when the queue "
                + "relies on the 30 s default; none when the visibility timeout is itself one of a few values.",
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html",
                "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html"})
public final class SqsVisibilityBelowFunctionTimeout implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (QueueTrigger qt : QueueTrigger.of(stack)) {
            int timeout = qt.timeout();
            Located<Integer> at = qt.visibilityWhenAll(v -> v < timeout);
            if (at == null) continue;
            qt.fixing(ctx, stack, QueueTrigger.AWS_MULTIPLIER).reportOn("Queue", qt.queue().origin(), "VisibilityTimeout:" + qt.function().id(), at, String.format(
                            "visibility timeout %d s%s is shorter than %s; the event source mapping fails to "
                                    + "create. Set it to at least %d s; AWS recommends 6 × the timeout, %d s",
                            at.value(), qt.visibilityDefaulted() + qt.visibilityNote(),
                            qt.timeoutPhrase(), qt.longestTimeout(), 6 * qt.longestTimeout()),
                    qt.related());
        }
    }
}
