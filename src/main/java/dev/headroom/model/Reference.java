package dev.headroom.model;

/**
 * A reference from one value to a resource of the same stack ({@code Ref}, {@code Fn::GetAtt},
 * {@code ${Res.Attr}} in {@code Fn::Sub}); {@code attribute} is null for a {@code Ref}.
 */
public record Reference(String logicalId, String attribute, Source source) {
}
