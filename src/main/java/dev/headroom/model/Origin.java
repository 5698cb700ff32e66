package dev.headroom.model;

/**
 * Where a model element was declared: its logical id (CloudFormation logical id, or the logical id the
 * Serverless Framework generates), its type, the key the user edits ({@code source}), a display name
 * (the SAM/Serverless function key where that differs from the logical id), and for CDK output the
 * construct path ({@code aws:cdk:path}) and construct type from {@code tree.json}.
 *
 * @param userSource  CDK only: the line of the user's app that created the construct, from the assembly's
 *                    creation-stack metadata; null when the assembly holds none
 * @param cdkInternal CDK only: the element belongs to a helper that CDK itself generates (a custom-resource
 *                    provider, {@code LogRetention}, {@code BucketDeployment}, a {@code SingletonLambda}), not
 *                    to code the user wrote; rule sets may lower the level of its findings
 */
public record Origin(String logicalId, String type, String displayName, Source source,
                     String constructPath, String constructType, Source userSource, boolean cdkInternal) {

    public Origin(String logicalId, String type, String displayName, Source source,
                  String constructPath, String constructType) {
        this(logicalId, type, displayName, source, constructPath, constructType, null, false);
    }

    public static Origin of(String logicalId, String type, Source source) {
        return new Origin(logicalId, type, logicalId, source, null, null, null, false);
    }

    public Origin withConstruct(String path, String constructType) {
        return new Origin(logicalId, type, displayName, source, path, constructType, userSource, cdkInternal);
    }

    public Origin withCdk(Source userSource, boolean cdkInternal) {
        return new Origin(logicalId, type, displayName, source, constructPath, constructType, userSource, cdkInternal);
    }

    public Origin withDisplayName(String name) {
        return new Origin(logicalId, type, name, source, constructPath, constructType, userSource, cdkInternal);
    }

    // equals and hashCode written out, as Source's are: a finding's hash includes its origin, and the generated ones
    // bootstrap method handles on first use (about 15 ms of a one-template scan). Same components, same meaning.
    @Override
    public boolean equals(Object o) {
        return o instanceof Origin x && cdkInternal == x.cdkInternal && java.util.Objects.equals(logicalId, x.logicalId)
                && java.util.Objects.equals(type, x.type) && java.util.Objects.equals(displayName, x.displayName)
                && java.util.Objects.equals(source, x.source) && java.util.Objects.equals(constructPath, x.constructPath)
                && java.util.Objects.equals(constructType, x.constructType)
                && java.util.Objects.equals(userSource, x.userSource);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(logicalId);
        h = h * 31 + java.util.Objects.hashCode(type);
        h = h * 31 + java.util.Objects.hashCode(displayName);
        h = h * 31 + java.util.Objects.hashCode(source);
        h = h * 31 + java.util.Objects.hashCode(constructPath);
        h = h * 31 + java.util.Objects.hashCode(constructType);
        h = h * 31 + java.util.Objects.hashCode(userSource);
        return h * 31 + Boolean.hashCode(cdkInternal);
    }

    /** The name used in messages: the construct path for CDK, else the display name. */
    public String label() {
        return constructPath != null ? constructPath : displayName;
    }
}
