package dev.headroom.rules.integration;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.Related;
import dev.headroom.model.Stack;
import dev.headroom.model.StreamFailureHandling;
import dev.headroom.model.Trigger;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "HR306",
        name = "stream-mapping-without-failure-handling",
        severity = Severity.WARNING,
        summary = "DynamoDB or Kinesis stream event source that retries a failing batch until the records expire, or drops them without a trace.",
        whatItDoes = """
                Reports a DynamoDB or Kinesis stream event source of a function — an \
                `AWS::Lambda::EventSourceMapping`, a SAM `DynamoDB` or `Kinesis` event, a Serverless `stream` event — \
                that:
                - sets neither a finite `MaximumRetryAttempts` nor a finite `MaximumRecordAgeInSeconds` (unset and \
                `-1` both mean unbounded: Lambda's default); or
                - bounds the retries but has no on-failure destination (`DestinationConfig.OnFailure`; Serverless \
                `destinations.onFailure`), so the records it gives up on are discarded.

                The finding points at the mapping or event, with the function as related location. A value that \
                cannot be resolved statically keeps the rule silent. Kafka, Amazon MQ and DocumentDB sources are \
                not streams of this kind and are not reported.""",
        whyIsThisBad = """
                Lambda reads a shard in order. When a batch fails, it retries the same batch, and with the \
                defaults it keeps retrying until the records expire: 24 hours on a DynamoDB stream, the retention \
                period (24 hours to 365 days) on a Kinesis stream. Meanwhile the shard is blocked, the iterator age \
                grows and every later change waits — one poison record stalls the pipeline for a day or more. \
                `BisectBatchOnFunctionError` or an on-failure destination alone do not change that: only a bound on \
                retries or record age does. Once retries are bounded, Lambda discards the records it gives up on; \
                without an on-failure destination (an SQS queue, an SNS topic, an S3 bucket) nobody learns which \
                records were lost.""",
        example = """
                ```yaml
                  OrdersStream:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref Projector
                      EventSourceArn: !GetAtt Orders.StreamArn
                      StartingPosition: LATEST
                ```""",
        useInstead = """
                Bound the retries, split failing batches to isolate the bad record, and keep what is discarded:
                ```yaml
                  OrdersStream:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref Projector
                      EventSourceArn: !GetAtt Orders.StreamArn
                      StartingPosition: LATEST
                      MaximumRetryAttempts: 3
                      BisectBatchOnFunctionError: true
                      DestinationConfig:
                        OnFailure:
                          Destination: !GetAtt OrdersFailures.Arn
                ```
                Serverless Framework:
                ```yaml
                    events:
                      - stream:
                          type: dynamodb
                          arn: !GetAtt Orders.StreamArn
                          maximumRetryAttempts: 3
                          bisectBatchOnFunctionError: true
                          destinations:
                            onFailure: arn:aws:sqs:us-east-1:123456789012:orders-failures
                ```""",
        tags = {"lambda", "dynamodb", "kinesis", "reliability"},
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html",
                "https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html",
                "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html",
                "https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html"})
public final class StreamMappingWithoutFailureHandling implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (Trigger t : stack.triggers()) {
            StreamFailureHandling h = t.stream();
            if (h == null) continue;
            LambdaFunction fn = stack.function(t.functionId()).orElse(null);
            if (fn == null) continue;
            Located<Integer> retries = h.maximumRetryAttempts();
            Located<Integer> age = h.maximumRecordAge();
            if (retries != null && retries.isUnknown() || age != null && age.isUnknown()) continue;
            List<Related> related = new ArrayList<>();
            related.add(new Related(fn.origin().source(), "function " + fn.origin().label()));
            if (!bounded(retries) && !bounded(age)) {
                addWritten(related, retries, h.retryKey());
                addWritten(related, age, h.ageKey());
                ctx.report(fn.origin(), h.retryKey(), t.source(), String.format(
                        "%s stream source of function %s retries a failing batch until its records expire (%s): one "
                                + "bad record blocks its shard that long. Set %s (and %s for what is given up)",
                        h.stream(), fn.origin().label(), expiry(h), h.retryKey(), h.destinationKey()), related);
            } else if (h.onFailure() == null) {
                addWritten(related, bounded(retries) ? retries : age, bounded(retries) ? h.retryKey() : h.ageKey());
                ctx.report(fn.origin(), h.destinationKey(), t.source(), String.format(
                        "%s stream source of function %s gives up on a failing batch after %s and has no on-failure "
                                + "destination: the discarded records are lost without a trace. Set %s to an SQS "
                                + "queue, SNS topic or S3 bucket",
                        h.stream(), fn.origin().label(), limit(retries, age), h.destinationKey()), related);
            }
        }
    }

    /** A finite setting: present, known and not -1 (Lambda's "unbounded"). */
    private static boolean bounded(Located<Integer> v) {
        return v != null && v.known() && v.value() >= 0;
    }

    private static void addWritten(List<Related> related, Located<Integer> v, String key) {
        if (v == null) return;
        related.add(new Related(v.source(), key + " " + v.value() + (v.value() < 0 ? " (unbounded)" : "")));
        related.addAll(v.related());
    }

    private static String expiry(StreamFailureHandling h) {
        return h.stream().equals("DynamoDB") ? "24 hours on a DynamoDB stream"
                : "the stream's retention period, 24 hours by default";
    }

    private static String limit(Located<Integer> retries, Located<Integer> age) {
        List<String> parts = new ArrayList<>();
        if (bounded(retries)) parts.add(retries.value() + " retries");
        if (bounded(age)) parts.add("a record age of " + age.value() + " s");
        return String.join(" or ", parts);
    }
}
