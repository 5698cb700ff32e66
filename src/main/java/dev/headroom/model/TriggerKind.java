package dev.headroom.model;

/** What invokes a function. The first five call it synchronously on behalf of an HTTP client. */
public enum TriggerKind {
    REST_API(true, "API Gateway REST API"),
    HTTP_API(true, "API Gateway HTTP API"),
    WEBSOCKET(true, "API Gateway WebSocket API"),
    ALB(true, "Application Load Balancer"),
    FUNCTION_URL(true, "function URL"),
    SQS(false, "SQS queue"),
    SNS(false, "SNS topic"),
    S3(false, "S3 bucket"),
    SCHEDULE(false, "schedule"),
    EVENTBRIDGE(false, "EventBridge rule"),
    STREAM(false, "stream"),
    /** An Amazon MQ (ActiveMQ, RabbitMQ) event source mapping: 900 s even on Managed Instances. */
    MQ(false, "Amazon MQ broker"),
    /** An Amazon DocumentDB change-stream mapping: 900 s even on Managed Instances. */
    DOCUMENTDB(false, "Amazon DocumentDB change stream"),
    /** A CloudFormation custom resource whose {@code ServiceToken} is the function: called during deployments. */
    CUSTOM_RESOURCE(false, "CloudFormation custom resource"),
    OTHER(false, "event");

    private final boolean synchronousHttp;
    private final String title;

    TriggerKind(boolean synchronousHttp, String title) {
        this.synchronousHttp = synchronousHttp;
        this.title = title;
    }

    public boolean synchronousHttp() {
        return synchronousHttp;
    }

    /**
     * Whether a function on Lambda Managed Instances invoked this way keeps the 900 s limit: synchronous
     * invocations, and Amazon MQ and DocumentDB mappings (AWS, "Configure Lambda function timeout").
     */
    public boolean limitsManagedInstancesTo900() {
        return synchronousHttp || this == MQ || this == DOCUMENTDB;
    }

    public String title() {
        return title;
    }
}
