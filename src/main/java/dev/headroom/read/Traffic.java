package dev.headroom.read;

import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.model.TrafficProfile;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads traffic declarations ({@code headroom: {traffic: {...}}}) in any format. A declaration that is not a
 * valid profile is an HR903 (invalid-annotation) problem at its line, and the workload then has no profile:
 * cost rules stay silent rather than guess.
 */
public final class Traffic {

    public static final String INVALID_ANNOTATION = "HR903";

    /** The keys of a profile and the range of each. */
    private enum Key {
        requestsPerSecond(false, "0", null, true), durationMs(false, "0", "900000", false),
        peakToMean(false, "1", null, true), cpuShare(false, "0", "1", false),
        jobsPerDay(false, "0", null, true), jobSeconds(false, "0", "86400", false),
        lambdaMemoryMb(true, "128", "10240", true);

        final boolean integer;
        final BigDecimal min;
        final BigDecimal max;
        final boolean minInclusive;

        Key(boolean integer, String min, String max, boolean minInclusive) {
            this.integer = integer;
            this.min = new BigDecimal(min);
            this.max = max == null ? null : new BigDecimal(max);
            this.minInclusive = minInclusive;
        }

        String range() {
            return (minInclusive ? "≥ " : "> ") + min.toPlainString() + (max == null ? "" : " and ≤ " + max.toPlainString());
        }
    }

    /** Values read so far (a template default, or a resource's own over it). */
    public record Partial(Map<String, BigDecimal> values, Source source) {
        public static final Partial EMPTY = new Partial(Map.of(), null);

        public Partial {
            values = Map.copyOf(values);
        }
    }

    private Traffic() {
    }

    /** The {@code traffic} entry of a {@code Metadata} (or {@code custom}) map's {@code headroom} key, or null. */
    public static MapNode.Entry declaration(Node metadata) {
        if (!(metadata instanceof MapNode md) || !(md.get("headroom") instanceof MapNode headroom)) return null;
        return headroom.entry("traffic");
    }

    /**
     * Reads {@code traffic} over {@code defaults}; a bad key or value is an HR903 problem (and the whole
     * declaration is dropped: null).
     */
    public static Partial read(MapNode.Entry traffic, Partial defaults, List<Problem> problems) {
        if (!(traffic.value() instanceof MapNode m)) {
            problems.add(problem(traffic.value().source(), "traffic declaration must be a mapping of "
                    + keys() + ", found " + traffic.value().kind()));
            return null;
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>(defaults.values());
        boolean ok = true;
        for (MapNode.Entry e : m.entries()) {
            Key key = key(e.name());
            if (key == null) {
                problems.add(problem(e.key().source(), "unknown traffic key '" + e.name() + "'; expected one of " + keys()));
                ok = false;
                continue;
            }
            BigDecimal v = number(e.value());
            String bad = v == null ? "must be a number, found " + describe(e.value()) : check(key, v);
            if (bad != null) {
                problems.add(problem(e.value().source(), "traffic " + key + " " + bad));
                ok = false;
                continue;
            }
            values.put(key.name(), v);
        }
        return ok ? new Partial(values, traffic.key().source()) : null;
    }

    /**
     * The profile of {@code targetId} from its values, or null with an HR903 problem at {@code at} when it is
     * neither a request-driven nor a job-driven profile. {@code quietWhenEmpty}: a template default that only
     * sets shared fields (cpuShare, durationMs) is not a profile by itself, and that is no error.
     */
    public static TrafficProfile profile(String targetId, Partial p, Source at, List<Problem> problems, boolean quietWhenEmpty) {
        Map<String, BigDecimal> v = p.values();
        boolean request = v.containsKey("requestsPerSecond") || v.containsKey("durationMs");
        boolean job = v.containsKey("jobsPerDay") || v.containsKey("jobSeconds");
        String missing = null;
        if (request && job) {
            missing = "mixes a request-driven profile (requestsPerSecond, durationMs) with a job-driven one "
                    + "(jobsPerDay, jobSeconds); declare one";
        } else if (request && !(v.containsKey("requestsPerSecond") && v.containsKey("durationMs"))) {
            missing = "is request-driven but lacks " + (v.containsKey("durationMs") ? "requestsPerSecond" : "durationMs");
        } else if (job && !(v.containsKey("jobsPerDay") && v.containsKey("jobSeconds"))) {
            missing = "is job-driven but lacks " + (v.containsKey("jobSeconds") ? "jobsPerDay" : "jobSeconds");
        } else if (!request && !job) {
            if (quietWhenEmpty) return null;
            missing = "declares neither requestsPerSecond and durationMs nor jobsPerDay and jobSeconds";
        }
        if (missing != null) {
            if (quietWhenEmpty && (request ^ job)) return null; // a default's shared fields; resources complete it
            problems.add(problem(at, "traffic declaration " + missing));
            return null;
        }
        BigDecimal mem = v.get("lambdaMemoryMb");
        return new TrafficProfile(targetId, p.source() == null ? at : p.source(),
                v.get("requestsPerSecond"), v.get("durationMs"), v.getOrDefault("peakToMean", BigDecimal.ONE),
                v.getOrDefault("cpuShare", BigDecimal.ONE), v.get("jobsPerDay"), v.get("jobSeconds"),
                mem == null ? null : mem.intValueExact());
    }

    /** Why {@code value} is not valid for the profile key {@code name}, or null when it is. */
    public static String invalid(String name, BigDecimal value) {
        Key key = key(name);
        if (key == null) return "is not a traffic key; expected one of " + keys();
        return check(key, value);
    }

    public static Problem problem(Source at, String message) {
        return Problem.of(INVALID_ANNOTATION, at, message);
    }

    private static Key key(String name) {
        for (Key k : Key.values()) if (k.name().equals(name)) return k;
        return null;
    }

    private static String keys() {
        StringBuilder b = new StringBuilder();
        for (Key k : Key.values()) b.append(b.length() == 0 ? "" : ", ").append(k.name());
        return b.toString();
    }

    private static BigDecimal number(Node n) {
        if (!(n instanceof ScalarNode s) || !s.isNumber()) return null;
        try {
            return new BigDecimal(s.text().trim().replace("_", ""));
        } catch (NumberFormatException e) {
            // 0x1F, 1_000 in YAML 1.1 style: the parser's typed value; .inf and .nan are not numbers here.
            if (s.value() instanceof Double d) return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
            return new BigDecimal(s.value().toString());
        }
    }

    private static String describe(Node n) {
        return n instanceof ScalarNode s && !s.isNull() ? s.kind() + " '" + s.text() + "'" : n.kind();
    }

    private static String check(Key k, BigDecimal v) {
        int low = v.compareTo(k.min);
        if (low < 0 || low == 0 && !k.minInclusive || k.max != null && v.compareTo(k.max) > 0) {
            return "must be " + k.range() + ", found " + v.toPlainString();
        }
        if (k.integer && v.stripTrailingZeros().scale() > 0) return "must be a whole number of MB, found " + v.toPlainString();
        return null;
    }
}
