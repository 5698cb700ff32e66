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

    public String title() {
        return title;
    }
}
