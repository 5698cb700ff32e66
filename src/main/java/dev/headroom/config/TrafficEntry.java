package dev.headroom.config;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.headroom.model.TrafficProfile;

import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * One entry of a config file's {@code traffic:} list: the traffic profile of the function or ECS service
 * {@code id} in the files matching {@code path}, for templates a team does not want to annotate. A declaration
 * in the template itself wins over it.
 */
public record TrafficEntry(PathGlobs globs, String id, TrafficProfile profile) {

    /** An entry as written: a path glob, a logical id (or Serverless function key), and a profile's keys. */
    @JsonPropertyOrder({"path", "id", "requestsPerSecond", "durationMs", "peakToMean", "cpuShare", "jobsPerDay",
            "jobSeconds", "lambdaMemoryMb"})
    public record Written(String path, String id, BigDecimal requestsPerSecond, BigDecimal durationMs,
                          BigDecimal peakToMean, BigDecimal cpuShare, BigDecimal jobsPerDay, BigDecimal jobSeconds,
                          Integer lambdaMemoryMb) {
    }

    /** True when {@code file} matches {@link #globs} (relative to the config's directory). */
    public boolean appliesTo(Path file) {
        return globs.matches(file);
    }
}
