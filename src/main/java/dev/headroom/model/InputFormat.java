package dev.headroom.model;

/** The input formats headroom reads; all are read into the same {@link Stack} model. */
public enum InputFormat {
    CLOUDFORMATION("CloudFormation"),
    SAM("SAM"),
    SERVERLESS("Serverless Framework"),
    CDK("CDK cloud assembly");

    private final String title;

    InputFormat(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
