package dev.headroom.rules.lambda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lifecycle dates of Lambda's managed runtimes, read once from {@code runtimes.tsv} beside this class (a
 * transcription of the AWS "Lambda runtimes" page). Kept as data so that a date change is a one-line edit.
 */
public final class RuntimeTable {

    /** One runtime; a date is null when AWS has not announced it. */
    public record Entry(String id, String name, LocalDate deprecation, LocalDate blockCreate, LocalDate blockUpdate) {
    }

    private static final Map<String, Entry> ENTRIES = load();

    private RuntimeTable() {
    }

    public static Entry get(String runtime) {
        return ENTRIES.get(runtime);
    }

    public static Map<String, Entry> all() {
        return ENTRIES;
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> m = new LinkedHashMap<>();
        try (InputStream in = RuntimeTable.class.getResourceAsStream("runtimes.tsv")) {
            if (in == null) throw new IllegalStateException("runtimes.tsv is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 5) throw new IllegalStateException("runtimes.tsv:" + n + ": expected 5 tab-separated fields");
                m.put(f[0], new Entry(f[0], f[1], date(f[2]), date(f[3]), date(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    /**
     * A date of the table, {@code YYYY-MM-DD}, or {@code -}. Read field by field: {@code LocalDate.parse} loads and
     * initialises java.time's formatting classes (about 50) at start-up for this one table of ours.
     */
    static LocalDate date(String s) {
        if (s.equals("-")) return null;
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw new IllegalStateException("runtimes.tsv: expected a date YYYY-MM-DD or -, got '" + s + "'");
        }
        return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new IllegalStateException("runtimes.tsv: expected a date YYYY-MM-DD, got '" + s + "'");
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
