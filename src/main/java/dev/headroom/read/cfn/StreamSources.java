package dev.headroom.read.cfn;

import dev.headroom.model.Source;
import dev.headroom.model.StreamFailureHandling;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

/**
 * The failure handling of a DynamoDB or Kinesis stream event source, as CloudFormation and SAM write it
 * ({@code MaximumRetryAttempts}, {@code MaximumRecordAgeInSeconds}, {@code DestinationConfig.OnFailure}).
 */
public final class StreamSources {

    private StreamSources() {
    }

    /** @param p the mapping's (or SAM event's) properties */
    public static StreamFailureHandling read(String stream, Props p) {
        return new StreamFailureHandling(stream, p.integer("MaximumRetryAttempts"),
                p.integer("MaximumRecordAgeInSeconds"), onFailure(p), false);
    }

    /**
     * Where the on-failure destination is written; a {@code DestinationConfig} that cannot be read statically
     * (an intrinsic) counts as one, so that no rule claims records are lost when they may not be.
     */
    private static Source onFailure(Props p) {
        Node config = p.node("DestinationConfig");
        if (config == null) return null;
        if (!(config instanceof MapNode m)) return config.source();
        Node onFailure = p.resolver().select(m.get("OnFailure"));
        if (onFailure == null) return null;
        if (!(onFailure instanceof MapNode f)) return onFailure.source();
        Node destination = p.resolver().select(f.get("Destination"));
        return destination == null ? null : destination.source();
    }
}
