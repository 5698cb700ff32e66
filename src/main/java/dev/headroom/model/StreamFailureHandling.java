package dev.headroom.model;

/**
 * How a DynamoDB or Kinesis stream event source deals with a batch that keeps failing. Retry and age settings are
 * null when absent; Lambda's defaults (-1 for both) retry until the record expires.
 *
 * @param stream                 {@code DynamoDB} or {@code Kinesis}
 * @param maximumRetryAttempts   {@code MaximumRetryAttempts}, or null when absent
 * @param maximumRecordAge       {@code MaximumRecordAgeInSeconds}, or null when absent
 * @param onFailure              where the on-failure destination is written, or null when there is none
 * @param serverlessKeys         true when written as a Serverless {@code stream} event ({@code maximumRetryAttempts},
 *                               {@code destinations.onFailure}), so that messages name the keys the user writes
 */
public record StreamFailureHandling(String stream, Located<Integer> maximumRetryAttempts,
                                    Located<Integer> maximumRecordAge, Source onFailure, boolean serverlessKeys) {

    public String retryKey() {
        return serverlessKeys ? "maximumRetryAttempts" : "MaximumRetryAttempts";
    }

    public String ageKey() {
        return serverlessKeys ? "maximumRecordAgeInSeconds" : "MaximumRecordAgeInSeconds";
    }

    public String destinationKey() {
        return serverlessKeys ? "destinations.onFailure" : "DestinationConfig.OnFailure";
    }
}
