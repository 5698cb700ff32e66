package dev.headroom.model;

/**
 * Where a model element was declared: its logical id (CloudFormation logical id, or the logical id the
 * Serverless Framework generates), its type, the key the user edits ({@code source}), a display name
 * (the SAM/Serverless function key where that differs from the logical id), and for CDK output the
 * construct path ({@code aws:cdk:path}) and construct type from {@code tree.json}.
 */
public record Origin(String logicalId, String type, String displayName, Source source,
                     String constructPath, String constructType) {

    public static Origin of(String logicalId, String type, Source source) {
        return new Origin(logicalId, type, logicalId, source, null, null);
    }

    public Origin withConstruct(String path, String constructType) {
        return new Origin(logicalId, type, displayName, source, path, constructType);
    }

    public Origin withDisplayName(String name) {
        return new Origin(logicalId, type, name, source, constructPath, constructType);
    }

    /** The name used in messages: the construct path for CDK, else the display name. */
    public String label() {
        return constructPath != null ? constructPath : displayName;
    }
}
