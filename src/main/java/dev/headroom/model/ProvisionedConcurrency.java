package dev.headroom.model;

/**
 * A provisioned-concurrency setting that CloudFormation attaches to a published version or alias
 * ({@code AWS::Lambda::Alias} / {@code AWS::Lambda::Version}), pointing at a function of the stack.
 */
public record ProvisionedConcurrency(Origin origin, String functionId, Located<Integer> executions) {
}
