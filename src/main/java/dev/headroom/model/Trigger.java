package dev.headroom.model;

/**
 * An event source of a function: an API route, a queue, a schedule. {@code source} is where the trigger
 * is declared (the SAM/Serverless event, the API Gateway method, the event source mapping).
 *
 * @param functionId    logical id of the function invoked
 * @param path          HTTP path or route key, when HTTP ({@code /{proxy+}}, {@code $default}, {@code *})
 * @param method        HTTP method, when HTTP ({@code ANY} for any)
 * @param timeoutMillis an explicit integration timeout, or null
 * @param queueId       for SQS, the logical id of the queue in this stack, or null when outside it
 * @param stream        for DynamoDB and Kinesis stream sources, their failure handling, else null
 */
public record Trigger(TriggerKind kind, String functionId, Source source, String path, String method,
                      Located<Integer> timeoutMillis, String queueId, Located<Integer> batchSize,
                      StreamFailureHandling stream) {

    public Trigger(TriggerKind kind, String functionId, Source source, String path, String method,
                   Located<Integer> timeoutMillis, String queueId, Located<Integer> batchSize) {
        this(kind, functionId, source, path, method, timeoutMillis, queueId, batchSize, null);
    }

    /** A DynamoDB or Kinesis stream event source mapping. */
    public static Trigger stream(String functionId, Source source, StreamFailureHandling handling) {
        return new Trigger(TriggerKind.STREAM, functionId, source, null, null, null, null, null, handling);
    }

    public static Trigger http(TriggerKind kind, String functionId, Source source, String path, String method,
                               Located<Integer> timeoutMillis) {
        return new Trigger(kind, functionId, source, path, method, timeoutMillis, null, null);
    }

    public static Trigger queue(String functionId, Source source, String queueId, Located<Integer> batchSize) {
        return new Trigger(TriggerKind.SQS, functionId, source, null, null, null, queueId, batchSize);
    }

    public static Trigger other(TriggerKind kind, String functionId, Source source) {
        return new Trigger(kind, functionId, source, null, null, null, null, null);
    }
}
