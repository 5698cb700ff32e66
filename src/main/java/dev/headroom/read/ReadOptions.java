package dev.headroom.read;

import java.util.Map;

/**
 * What the user told the scan about deploy-time values.
 *
 * @param parameters     CloudFormation parameter values / Serverless {@code --param key=value}
 * @param stage          Serverless {@code --stage}, or null
 * @param region         Serverless {@code --region}, or null
 * @param allowEnv       resolve Serverless {@code ${env:NAME}} from the process environment (never printed)
 * @param constructTypes CDK construct path to construct type ({@code tree.json}), empty elsewhere
 */
public record ReadOptions(Map<String, String> parameters, String stage, String region, boolean allowEnv,
                          Map<String, String> constructTypes) {

    public static ReadOptions defaults() {
        return new ReadOptions(Map.of(), null, null, false, Map.of());
    }

    public ReadOptions withConstructTypes(Map<String, String> types) {
        return new ReadOptions(parameters, stage, region, allowEnv, types);
    }
}
