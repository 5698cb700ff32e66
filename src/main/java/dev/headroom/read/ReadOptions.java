package dev.headroom.read;

import dev.headroom.model.Source;

import java.util.Map;
import java.util.Set;

/**
 * What the user told the scan about deploy-time values, and what a CDK assembly tells the template reader
 * about its constructs.
 *
 * @param parameters       CloudFormation parameter values / Serverless {@code --param key=value}
 * @param stage            Serverless {@code --stage}, or null
 * @param region           Serverless {@code --region}, or null
 * @param allowEnv         resolve Serverless {@code ${env:NAME}} from the process environment (never printed)
 * @param constructTypes   CDK construct path to construct type ({@code tree.json}), empty elsewhere
 * @param constructSources CDK construct path to the user's source line that created it, empty elsewhere
 * @param cdkHelpers       CDK construct paths of resources that CDK generates for itself, empty elsewhere
 */
public record ReadOptions(Map<String, String> parameters, String stage, String region, boolean allowEnv,
                          Map<String, String> constructTypes, Map<String, Source> constructSources,
                          Set<String> cdkHelpers) {

    public ReadOptions(Map<String, String> parameters, String stage, String region, boolean allowEnv,
                       Map<String, String> constructTypes) {
        this(parameters, stage, region, allowEnv, constructTypes, Map.of(), Set.of());
    }

    public static ReadOptions defaults() {
        return new ReadOptions(Map.of(), null, null, false, Map.of());
    }

    public ReadOptions withConstructTypes(Map<String, String> types) {
        return new ReadOptions(parameters, stage, region, allowEnv, types, constructSources, cdkHelpers);
    }

    /** The same options for a stack that deploys to {@code newRegion} (a CDK stack's environment). */
    public ReadOptions withRegion(String newRegion) {
        return new ReadOptions(parameters, stage, newRegion, allowEnv, constructTypes, constructSources, cdkHelpers);
    }

    /** The CDK facts about one template's constructs: types, creating source lines and helper paths. */
    public ReadOptions withConstructs(Map<String, String> types, Map<String, Source> sources, Set<String> helpers) {
        return new ReadOptions(parameters, stage, region, allowEnv, types, sources, helpers);
    }
}
