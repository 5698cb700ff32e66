package dev.headroom.suppress;

import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.tree.Document;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;
import dev.headroom.tree.Syntax;
import dev.headroom.tree.YamlComments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the suppressions a file writes itself: {@code # headroom: ignore[...]} comments in YAML and
 * {@code Metadata: headroom: ignore: [...]} on resources (CloudFormation and SAM in YAML or JSON, CDK templates,
 * a serverless.yml {@code resources:} section). A malformed one becomes an HR903 problem and suppresses nothing.
 */
public final class Annotations {

    public static final String INVALID = "HR903";

    private static final String USAGE = "expected `# headroom: ignore[HR102] -- reason` (or ignore-file[...], "
            + "optionally `until YYYY-MM-DD` before the `--`)";
    private static final Pattern DIRECTIVE = Pattern.compile(
            "(ignore|ignore-file)\\[([^\\]]*)]\\s*(?:until\\s+(\\S+))?\\s*(--.*)?");
    private static final Set<String> METADATA_KEYS = Set.of("ignore", "traffic"); // traffic: the fit rules' own
    private static final Set<String> ENTRY_KEYS = Set.of("id", "reason", "until");

    private Annotations() {
    }

    /** What {@code doc} (read from {@code text}) declares; only a file that mentions {@code headroom} can declare any. */
    public static Declared read(Document doc, String text) {
        if (doc == null || doc.root() == null || !text.contains("headroom")) return Declared.NONE;
        List<Suppression> suppressions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (doc.syntax() == Syntax.YAML && text.contains("headroom:")) comments(doc, text, suppressions, problems);
        metadata(doc, suppressions, problems);
        return new Declared(suppressions, problems);
    }

    // ---- inline comments

    private static void comments(Document doc, String text, List<Suppression> out, List<Problem> problems) {
        String[] lines = text.split("\\R", -1);
        for (YamlComments.Comment c : YamlComments.read(doc.file(), text)) {
            String body = c.text().strip();
            if (!body.startsWith("headroom:")) continue;
            String directive = body.substring("headroom:".length()).strip();
            Matcher m = DIRECTIVE.matcher(directive);
            if (!m.matches()) {
                problems.add(invalid(c.at(), "malformed headroom comment '" + body + "': " + USAGE));
                continue;
            }
            List<String> ids = ids(m.group(2), c.at(), problems);
            LocalDate until = until(m.group(3), c.at(), problems);
            String reason = m.group(4) == null ? "" : m.group(4).substring(2).strip();
            if (reason.isEmpty()) {
                problems.add(invalid(c.at(), "headroom comment without a reason: write why after `--`; "
                        + "without one it suppresses nothing"));
            }
            if (ids == null || (m.group(3) != null && until == null) || reason.isEmpty()) continue;
            Source range = null;
            if (m.group(1).equals("ignore")) {
                int line = c.trailing() ? c.at().line() : nextContentLine(lines, c.at().line());
                range = line < 0 ? null : startingOn(doc.root(), line);
                if (range == null) {
                    problems.add(invalid(c.at(), "headroom comment applies to no YAML node: put it on its own line "
                            + "above a key or list item, or at the end of that key's line"));
                    continue;
                }
            }
            out.add(new Suppression(SuppressionKind.INLINE, ids, reason, until, c.at(),
                    new Suppression.InFile(doc.file(), range)));
        }
    }

    /** The rule ids of a comment's {@code [...]}, or null (with a problem) when one is unknown or none is given. */
    private static List<String> ids(String list, Source at, List<Problem> problems) {
        List<String> ids = new ArrayList<>();
        for (String raw : list.split(",")) {
            String name = raw.strip();
            if (name.isEmpty()) continue;
            String id = RuleIds.resolve(name);
            if (id == null) {
                problems.add(invalid(at, "headroom comment names unknown rule '" + name + "'; it suppresses nothing"));
                return null;
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            problems.add(invalid(at, "headroom comment names no rule: " + USAGE));
            return null;
        }
        return ids;
    }

    private static LocalDate until(String text, Source at, List<Problem> problems) {
        if (text == null) return null;
        LocalDate d = RuleIds.date(text);
        if (d == null) problems.add(invalid(at, "until '" + text + "' is not a date YYYY-MM-DD; it suppresses nothing"));
        return d;
    }

    /** The 1-based number of the first line after {@code line} that holds YAML, or -1. */
    private static int nextContentLine(String[] lines, int line) {
        for (int i = line; i < lines.length; i++) {
            String s = lines[i].strip();
            if (!s.isEmpty() && !s.startsWith("#")) return i + 1;
        }
        return -1;
    }

    /**
     * The outermost node that starts on {@code line}: a map entry (its key and whole value) or a list item;
     * null when none does.
     */
    static Source startingOn(Node n, int line) {
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                Source k = e.key().source();
                Source v = e.value().source();
                if (k.line() == line) return new Source(k.file(), k.line(), k.column(), v.endLine(), v.endColumn());
                if (k.line() < line && line <= v.endLine()) return startingOn(e.value(), line);
            }
        } else if (n instanceof ListNode l) {
            for (Node item : l.items()) {
                Source s = item.source();
                if (s.line() == line) return s;
                if (s.line() < line && line <= s.endLine()) return startingOn(item, line);
            }
        }
        return null;
    }

    // ---- resource Metadata

    private static void metadata(Document doc, List<Suppression> out, List<Problem> problems) {
        if (!(doc.root() instanceof MapNode root)) return;
        MapNode resources = root.getMap("Resources");
        if (resources == null && root.getMap("resources") != null) resources = root.getMap("resources").getMap("Resources");
        if (resources == null) return;
        for (MapNode.Entry r : resources.entries()) {
            if (!(r.value() instanceof MapNode resource) || !(resource.get("Metadata") instanceof MapNode meta)) continue;
            MapNode.Entry headroom = meta.entry("headroom");
            if (headroom == null) continue;
            if (!(headroom.value() instanceof MapNode h)) {
                problems.add(invalid(headroom.value().source(), "Metadata headroom of " + r.name()
                        + " must be a map with `ignore:` entries"));
                continue;
            }
            for (MapNode.Entry e : h.entries()) {
                if (!METADATA_KEYS.contains(e.name())) {
                    problems.add(invalid(e.key().source(), "unknown key '" + e.name() + "' in Metadata headroom of "
                            + r.name() + " (expected ignore or traffic)"));
                }
            }
            Node ignore = h.get("ignore");
            if (ignore == null) continue;
            if (!(ignore instanceof ListNode list)) {
                problems.add(invalid(ignore.source(), "Metadata headroom.ignore of " + r.name()
                        + " must be a list of {id, reason, until}"));
                continue;
            }
            for (Node item : list.items()) {
                Suppression s = metadataEntry(doc.file(), r.name(), item, problems);
                if (s != null) out.add(s);
            }
        }
    }

    private static Suppression metadataEntry(String file, String logicalId, Node item, List<Problem> problems) {
        Source at = item.source();
        String what = "Metadata headroom.ignore entry of " + logicalId;
        if (!(item instanceof MapNode m)) {
            problems.add(invalid(at, what + " must be a map {id, reason, until}"));
            return null;
        }
        boolean ok = true;
        for (MapNode.Entry e : m.entries()) {
            if (!ENTRY_KEYS.contains(e.name())) {
                problems.add(invalid(e.key().source(), what + " has unknown key '" + e.name() + "' (expected id, reason, until)"));
                ok = false;
            }
        }
        String name = text(m.get("id"));
        String id = name == null ? null : RuleIds.resolve(name);
        if (name == null) {
            problems.add(invalid(at, what + " has no id"));
            ok = false;
        } else if (id == null) {
            problems.add(invalid(m.get("id").source(), what + " names unknown rule '" + name + "'; it suppresses nothing"));
            ok = false;
        }
        String reason = text(m.get("reason"));
        if (reason == null || reason.isBlank()) {
            problems.add(invalid(at, what + " has no reason; without one it suppresses nothing"));
            ok = false;
        }
        LocalDate until = null;
        if (m.get("until") != null) {
            String u = text(m.get("until"));
            until = u == null ? null : RuleIds.date(u);
            if (until == null) {
                problems.add(invalid(m.get("until").source(), what + ": until '" + (u == null ? "" : u)
                        + "' is not a date YYYY-MM-DD; it suppresses nothing"));
                ok = false;
            }
        }
        if (!ok) return null;
        return new Suppression(SuppressionKind.METADATA, List.of(id), reason.strip(), until, at,
                new Suppression.OnResource(file, logicalId));
    }

    private static String text(Node n) {
        return n instanceof ScalarNode s && !s.isNull() && !(s.value() instanceof Boolean) ? s.text() : null;
    }

    static Problem invalid(Source at, String message) {
        return Problem.of(INVALID, at, message);
    }
}
