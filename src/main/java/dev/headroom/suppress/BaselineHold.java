package dev.headroom.suppress;

import dev.headroom.model.Source;
import dev.headroom.rules.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds the findings a baseline knows, up to its count per identity (or per SARIF fingerprint), and counts what
 * it held and what in it matched nothing.
 */
final class BaselineHold {

    private final Baseline baseline;
    private final Path baseDir;
    private final Suppression suppression;
    private int held;
    private int unmatched;

    BaselineHold(Baseline baseline, Path baseDir) {
        this.baseline = baseline;
        this.baseDir = baseDir;
        String file = baseline.file().toString();
        this.suppression = new Suppression(SuppressionKind.BASELINE, List.of(), "known finding, held by baseline "
                + Relative.path(file, baseDir), null, Source.fileStart(file), f -> true);
    }

    /** The findings the baseline does not hold, in order; the held ones go to {@code suppressed}. */
    List<Finding> apply(List<Finding> findings, List<Suppressed> suppressed) {
        List<Finding> fresh = new ArrayList<>();
        if (baseline.isSarif()) {
            Map<String, Integer> remaining = new HashMap<>(baseline.fingerprints());
            Map<String, Integer> seen = new HashMap<>();
            for (Finding f : findings) {
                // The same numbering as the SARIF writer: a repeated fingerprint gets ":2", ":3", ...
                String fp = Identity.fingerprint(f, Relative.path(f.source().file(), baseDir));
                int n = seen.merge(fp, 1, Integer::sum);
                hold(f, n == 1 ? fp : fp + ":" + n, remaining, fresh, suppressed);
            }
            unmatched = remaining.values().stream().mapToInt(Integer::intValue).sum();
        } else {
            Map<Identity, Integer> remaining = new HashMap<>(baseline.entries());
            Path base = baseline.base();
            for (Finding f : findings) hold(f, Identity.of(f, Relative.path(f.source().file(), base)), remaining, fresh, suppressed);
            unmatched = remaining.values().stream().mapToInt(Integer::intValue).sum();
        }
        return fresh;
    }

    private <K> void hold(Finding f, K key, Map<K, Integer> remaining, List<Finding> fresh, List<Suppressed> suppressed) {
        int left = remaining.getOrDefault(key, 0);
        if (left > 0) {
            remaining.put(key, left - 1);
            suppressed.add(new Suppressed(f, suppression));
            held++;
        } else {
            fresh.add(f);
        }
    }

    int held() {
        return held;
    }

    int unmatched() {
        return unmatched;
    }
}
