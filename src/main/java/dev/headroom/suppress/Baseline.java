package dev.headroom.suppress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.jcup.sarif_2_1_0.SarifSchema210ImportExportSupport;
import de.jcup.sarif_2_1_0.model.PartialFingerprints;
import de.jcup.sarif_2_1_0.model.Result;
import de.jcup.sarif_2_1_0.model.Run;
import de.jcup.sarif_2_1_0.model.SarifSchema210;
import dev.headroom.rules.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Known findings that do not fail the run. Either headroom's own {@code .headroom-baseline.json} (one entry per
 * {@link Identity} with a count, files relative to the baseline's directory) or a previous SARIF report, matched
 * by its {@code partialFingerprints}. The count makes one more identical finding a new one.
 */
public final class Baseline {

    public static final String DEFAULT_FILE = ".headroom-baseline.json";
    public static final int FORMAT_VERSION = 1;
    static final String FINGERPRINT_KEY = "headroom/v1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final Map<Identity, Integer> entries;
    /** A SARIF baseline's fingerprints with their counts; null for a headroom baseline. */
    private final Map<String, Integer> fingerprints;

    private Baseline(Path file, Map<Identity, Integer> entries, Map<String, Integer> fingerprints) {
        this.file = file;
        this.entries = entries;
        this.fingerprints = fingerprints;
    }

    public Path file() {
        return file;
    }

    public boolean isSarif() {
        return fingerprints != null;
    }

    /** Identities and counts (empty for a SARIF baseline). */
    public Map<Identity, Integer> entries() {
        return entries;
    }

    Map<String, Integer> fingerprints() {
        return fingerprints;
    }

    /** The directory a headroom baseline's file names are relative to. */
    public Path base() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }

    /** Reads a headroom baseline or a SARIF report; a file that is neither is a usage error. */
    public static Baseline read(Path file) throws BaselineException {
        JsonNode root;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            root = JSON.readTree(text);
        } catch (NoSuchFileException e) {
            throw new BaselineException(file + ": baseline not found (create it with `headroom baseline`)");
        } catch (JsonProcessingException e) {
            throw invalid(file, e, "not valid JSON");
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot read baseline: " + e.getMessage());
        }
        if (root != null && root.has("runs")) return sarif(file, text);
        if (root == null || !root.has("findings") || !root.get("findings").isArray()) {
            throw new BaselineException(file + ": not a headroom baseline (no \"findings\" list) nor a SARIF report (no \"runs\")");
        }
        Map<Identity, Integer> entries = new TreeMap<>();
        int i = 0;
        for (JsonNode e : root.get("findings")) {
            i++;
            String rule = e.path("rule").asText("");
            String f = e.path("file").asText("");
            if (rule.isEmpty() || f.isEmpty()) throw new BaselineException(file + ": entry " + i + " needs \"rule\" and \"file\"");
            int count = e.path("count").asInt(1);
            entries.merge(new Identity(rule, f, e.path("location").asText(""), e.path("property").asText("")),
                    Math.max(1, count), Integer::sum);
        }
        return new Baseline(file, entries, null);
    }

    /** A previous SARIF report, read through sarif-java: its open results' fingerprints, counted. */
    private static Baseline sarif(Path file, String text) throws BaselineException {
        SarifSchema210 log;
        try {
            log = new SarifSchema210ImportExportSupport().fromJSON(text);
        } catch (JsonProcessingException e) {
            throw invalid(file, e, "not a valid SARIF report");
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot read SARIF report: " + e.getMessage());
        }
        Map<String, Integer> fps = new TreeMap<>();
        for (Run run : log.getRuns() == null ? List.<Run>of() : log.getRuns()) {
            if (run == null || run.getResults() == null) continue;
            for (Result result : run.getResults()) {
                if (result == null) continue;
                // A result the report itself marked suppressed was not a known open finding.
                if (result.getSuppressions() != null && !result.getSuppressions().isEmpty()) continue;
                PartialFingerprints p = result.getPartialFingerprints();
                Object fp = p == null ? null : p.getAdditionalProperties().get(FINGERPRINT_KEY);
                if (fp instanceof String s && !s.isEmpty()) fps.merge(s, 1, Integer::sum);
            }
        }
        return new Baseline(file, Map.of(), fps);
    }

    /** {@code FILE:LINE:COL: what: why}, the line and column where the reader stopped. */
    private static BaselineException invalid(Path file, JsonProcessingException e, String what) {
        var l = e.getLocation();
        return new BaselineException(file + (l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr())
                + ": " + what + ": " + e.getOriginalMessage());
    }

    /** The identities of {@code findings}, counted, with files relative to {@code base}. */
    public static Map<Identity, Integer> count(List<Finding> findings, Path base) {
        Map<Identity, Integer> counts = new TreeMap<>();
        for (Finding f : findings) counts.merge(Identity.of(f, Relative.path(f.source().file(), base)), 1, Integer::sum);
        return counts;
    }

    /** The baseline file's text for {@code findings}: sorted, one entry per identity, no lines, no messages. */
    public static String render(List<Finding> findings, Path baselineFile) {
        Path base = baselineFile.toAbsolutePath().normalize().getParent();
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"version\": ").append(FORMAT_VERSION).append(",\n  \"tool\": \"headroom\",\n  \"findings\": [");
        List<String> items = new ArrayList<>();
        for (Map.Entry<Identity, Integer> e : count(findings, base).entrySet()) {
            Identity id = e.getKey();
            items.add("\n    {\"rule\": " + quote(id.rule()) + ", \"file\": " + quote(id.file())
                    + ", \"location\": " + quote(id.location()) + ", \"property\": " + quote(id.property())
                    + ", \"count\": " + e.getValue() + "}");
        }
        b.append(String.join(",", items));
        b.append(items.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return b.toString();
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A configured baseline that cannot be read, met while the scan filters its findings: a usage error. */
    public static final class Unusable extends RuntimeException {
        public Unusable(BaselineException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** A baseline that cannot be used: the run stops with a usage error. */
    public static final class BaselineException extends Exception {
        public BaselineException(String message) {
            super(message);
        }
    }
}
