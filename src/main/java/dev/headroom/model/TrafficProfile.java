package dev.headroom.model;

import java.math.BigDecimal;

/**
 * What a team declares about a workload's traffic, beside the resource (resource {@code Metadata.headroom.traffic},
 * template-level {@code Metadata.headroom.traffic} as defaults, serverless.yml {@code custom.headroom.traffic}).
 * Either request-driven ({@code requestsPerSecond} and {@code durationMs} set) or job-driven ({@code jobsPerDay}
 * and {@code jobSeconds} set). Numbers are kept as written.
 *
 * @param targetId        logical id of the function or ECS service it describes; null for the template's default
 * @param source          the {@code traffic} key, where the declaration is written
 * @param peakToMean      peak over mean request rate (1 when not declared)
 * @param cpuShare        share of a request's time spent on the CPU, 0-1 (1 when not declared)
 * @param lambdaMemoryMb  ECS services: the memory a Lambda port would use; null for the default
 */
public record TrafficProfile(String targetId, Source source,
                             BigDecimal requestsPerSecond, BigDecimal durationMs, BigDecimal peakToMean,
                             BigDecimal cpuShare, BigDecimal jobsPerDay, BigDecimal jobSeconds,
                             Integer lambdaMemoryMb) {

    public boolean jobDriven() {
        return jobsPerDay != null;
    }

    /** The same profile for another target (a template default applied to one workload). */
    public TrafficProfile forTarget(String id) {
        return new TrafficProfile(id, source, requestsPerSecond, durationMs, peakToMean, cpuShare, jobsPerDay,
                jobSeconds, lambdaMemoryMb);
    }
}
