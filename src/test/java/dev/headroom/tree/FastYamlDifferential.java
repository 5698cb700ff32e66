package dev.headroom.tree;

import dev.headroom.model.Problem;

import java.util.List;

/**
 * What must hold of {@link FastYaml} on every input: it declines (null), or its document equals the one snakeyaml's
 * path builds: node kinds, keys in order, scalar values (with their Java types) and texts, every source range, and
 * the problems. Used by the differential test over real files and by the fuzz target.
 */
final class FastYamlDifferential {

    private FastYamlDifferential() {
    }

    /** Null when the fast path declined {@code text}; else whether it matched, as a {@link Outcome}. */
    static Outcome compare(String file, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!withinLimits(body)) return Outcome.DECLINED; // refused before the fast path is tried
        Document fast = FastYaml.parseOrThrow(file, body);
        if (fast == null) return Outcome.DECLINED;
        Document slow;
        try {
            slow = YamlParser.parse(file, text, false);
        } catch (ParseException e) {
            throw new AssertionError(file + ": the fast path read a file snakeyaml rejects (" + e.getMessage()
                    + " at " + e.source() + ")");
        }
        String difference = difference("root", slow.root(), fast.root());
        if (difference == null && !slow.problems().equals(fast.problems())) {
            difference = "problems: snakeyaml " + describe(slow.problems()) + ", fast " + describe(fast.problems());
        }
        if (difference == null && !slow.equals(fast)) difference = "documents differ: " + slow + " / " + fast;
        if (difference != null) throw new AssertionError(file + ": " + difference);
        return Outcome.EQUAL;
    }

    enum Outcome { DECLINED, EQUAL }

    /** What YamlParser checks before it tries the fast path: the file's size and the length of each line. */
    private static boolean withinLimits(String body) {
        if (body.length() > Limits.MAX_BYTES) return false;
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\n') {
                if (i - start > Limits.MAX_YAML_LINE) return false;
                start = i + 1;
            }
        }
        return true;
    }

    private static String describe(List<Problem> problems) {
        return problems.toString();
    }

    /** The first difference between two trees, with its path, or null. */
    static String difference(String path, Node slow, Node fast) {
        if (slow == null || fast == null) {
            return slow == fast ? null : path + ": snakeyaml " + slow + ", fast " + fast;
        }
        if (!slow.getClass().equals(fast.getClass())) {
            return path + ": snakeyaml " + slow.kind() + ", fast " + fast.kind();
        }
        if (!slow.source().equals(fast.source())) {
            return path + ": snakeyaml at " + slow.source() + ", fast at " + fast.source();
        }
        if (slow instanceof ScalarNode s) {
            ScalarNode f = (ScalarNode) fast;
            boolean sameType = s.value() == null ? f.value() == null
                    : f.value() != null && s.value().getClass().equals(f.value().getClass());
            if (!sameType || !s.equals(f)) {
                return path + ": snakeyaml " + show(s) + ", fast " + show(f);
            }
            return null;
        }
        if (slow instanceof ListNode s) {
            ListNode f = (ListNode) fast;
            if (s.size() != f.size()) return path + ": snakeyaml " + s.size() + " items, fast " + f.size();
            for (int i = 0; i < s.size(); i++) {
                String d = difference(path + "[" + i + "]", s.get(i), f.get(i));
                if (d != null) return d;
            }
            return null;
        }
        MapNode s = (MapNode) slow;
        MapNode f = (MapNode) fast;
        if (s.size() != f.size()) return path + ": snakeyaml " + s.size() + " entries, fast " + f.size();
        for (int i = 0; i < s.size(); i++) {
            MapNode.Entry se = s.entries().get(i);
            MapNode.Entry fe = f.entries().get(i);
            String d = difference(path + ".key" + i, se.key(), fe.key());
            if (d == null) d = difference(path + "." + se.name(), se.value(), fe.value());
            if (d != null) return d;
        }
        return null;
    }

    private static String show(ScalarNode s) {
        return (s.value() == null ? "null" : s.value().getClass().getSimpleName() + " " + quote(s.value().toString()))
                + " text " + quote(s.text());
    }

    private static String quote(String s) {
        if (s.length() > 120) s = s.substring(0, 60) + " ... " + s.substring(s.length() - 60);
        return '"' + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + '"';
    }
}
