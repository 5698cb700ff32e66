package dev.headroom.rules.integration;

import dev.headroom.fix.Applicability;
import dev.headroom.fix.Change;
import dev.headroom.model.Located;
import dev.headroom.model.Stack;
import dev.headroom.rules.Param;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

@RuleInfo(
        id = "HR305",
        name = "sqs-visibility-below-recommended",
        severity = Severity.WARNING,
        summary = "SQS queue that triggers a function has a visibility timeout below 6 × the function's timeout.",
        whatItDoes = """
                For each SQS queue that triggers a function of the same stack, reports the queue's \
                `VisibilityTimeout` (30 s when not set) when it is at least the function's effective timeout but \
                below `multiplier` (default 6) times it. Below the timeout itself HR304 reports instead. AWS's \
                guidance adds the event source's `MaximumBatchingWindowInSeconds`; the rule does not, so it may \
                stay silent on a queue that is just short once a batching window is counted. The queue of a \
                serverless-lift `queue` construct is not judged: Lift sets its visibility timeout to 6 × the \
                worker's timeout (plus the batching window) itself. Either value may be one of a few (an `Fn::If`, \
                an `AllowedValues` parameter): the rule then reports only when every combination is below the \
                multiple.""",
        whyIsThisBad = """
                When Lambda is throttled or an invocation is retried, a batch can stay in flight for several \
                function timeouts. If the visibility timeout runs out first, the messages become visible again \
                and are processed twice, or land in the dead-letter queue without ever failing. AWS recommends \
                at least six times the function timeout (plus the batching window).""",
        example = """
                ```yaml
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties:
                      VisibilityTimeout: 120
                  Worker:
                    Type: AWS::Serverless::Function
                    Properties:
                      Timeout: 60
                      Events:
                        Jobs:
                          Type: SQS
                          Properties:
                            Queue: !GetAtt Jobs.Arn
                ```""",
        useInstead = """
                ```yaml
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties:
                      VisibilityTimeout: 360
                ```""",
        tags = {"sqs", "lambda", "timeout"},
        fix = Applicability.SAFE,
        fixSummary = "sets the queue's `VisibilityTimeout` to `multiplier` × the longest timeout of the functions it "
                + "triggers (the longest value a function timeout may take; at most SQS's 43200 s), inserting it when the "
                + "queue relies on the 30 s default; none when the visibility timeout is itself one of a few values.",
        params = @Param(name = "multiplier", defaultValue = "6",
                description = "The visibility timeout must be at least this many times the function timeout."),
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html",
                "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html"})
public final class SqsVisibilityBelowRecommended implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        double multiplier = ctx.doubleParam("multiplier");
        for (QueueTrigger qt : QueueTrigger.of(stack)) {
            int timeout = qt.timeout();
            long recommended = (long) Math.ceil(multiplier * timeout);
            if (qt.visibilityWhenAll(v -> v < timeout) != null) continue; // below the timeout is HR304's
            Located<Integer> at = qt.visibilityWhenAll(v -> v < recommended);
            if (at == null) continue;
            qt.fixing(ctx, stack, multiplier).reportOn("Queue", qt.queue().origin(), "VisibilityTimeout:" + qt.function().id(), at, String.format(
                            "visibility timeout %d s%s is below %s × %s; retried batches may be processed "
                                    + "twice. Set it to at least %d s",
                            at.value(), qt.visibilityDefaulted() + qt.visibilityNote(),
                            fmt(multiplier), qt.timeoutPhrase(), (long) Math.ceil(multiplier * qt.longestTimeout())),
                    qt.related());
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
