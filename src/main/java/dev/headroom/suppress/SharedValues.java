package dev.headroom.suppress;

import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.rules.About;
import dev.headroom.rules.Finding;
import dev.headroom.tree.Document;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.Parsers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finding per rule and primary location. When several functions inherit one value (SAM {@code Globals},
 * Serverless {@code provider}, a parameter default), each rule reports each function at that value's line;
 * those become one finding naming the functions ({@code 3 functions: Api, Worker, Admin: timeout ...}) with each
 * function's place as a related location. The merged finding concerns no single element: its origin is null and
 * its subject the path of the value ({@code Globals.Function.Timeout}), which is what its baseline identity and
 * SARIF fingerprint are made of.
 *
 * <p>Only findings about one element ({@link About.Element}: kind and detail as data) merge, on rule, level, place,
 * kind and detail; the message text is never read, so rewording a rule's message cannot stop its findings merging.
 */
final class SharedValues {

    private final Map<String, Document> documents = new HashMap<>();

    /** {@code findings} with the findings that share rule, level, place, kind and detail merged; order kept. */
    List<Finding> merge(List<Finding> findings) {
        Map<Object, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            // A finding about no single element stands alone (keyed on itself).
            Object key = f.origin() != null && f.about() instanceof About.Element e
                    ? List.of(f.ruleId(), f.severity(), f.source(), e) : f;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>();
        for (List<Finding> group : groups.values()) {
            if (group.size() == 1 || distinctElements(group) < 2) out.addAll(group);
            else out.add(merged(group));
        }
        out.sort(Finding.ORDER);
        return out;
    }

    private static long distinctElements(List<Finding> group) {
        return group.stream().map(f -> f.origin().logicalId()).filter(Objects::nonNull).distinct().count();
    }

    private Finding merged(List<Finding> group) {
        List<Finding> members = new ArrayList<>(group);
        members.sort(Comparator.comparing((Finding f) -> f.origin().source() == null ? f.source() : f.origin().source()));
        About.Element about = (About.Element) members.get(0).about();
        List<String> names = members.stream().map(f -> f.origin().label()).toList();
        String message = names.size() + " " + about.kind().toLowerCase(java.util.Locale.ROOT) + "s: "
                + String.join(", ", names) + ": " + about.detail();
        List<Related> related = new ArrayList<>();
        for (Finding f : members) {
            for (Related r : f.related()) if (!related.contains(r)) related.add(r);
        }
        Finding first = members.get(0);
        String path = valuePath(first.source());
        return new Finding(first.ruleId(), first.severity(), message, first.source(), related, null,
                path == null ? first.subject() : path, first.fix());
    }

    /** The key path of the value at {@code at} ({@code Globals.Function.Timeout}), or null when the file does not parse. */
    private String valuePath(Source at) {
        Document doc = documents.computeIfAbsent(at.file(), file -> {
            try {
                return Parsers.parse(Path.of(file));
            } catch (ParseException | RuntimeException e) {
                return null;
            }
        });
        if (doc == null || doc.root() == null) return null;
        StringBuilder path = new StringBuilder();
        Node n = doc.root();
        while (n != null) {
            Node next = null;
            if (n instanceof MapNode m) {
                for (MapNode.Entry e : m.entries()) {
                    if (contains(e.key().source(), at) || contains(e.value().source(), at)) {
                        if (!path.isEmpty()) path.append('.');
                        path.append(e.name());
                        next = contains(e.value().source(), at) ? e.value() : null;
                        break;
                    }
                }
            } else if (n instanceof ListNode l) {
                for (int i = 0; i < l.size(); i++) {
                    if (contains(l.get(i).source(), at)) {
                        path.append('[').append(i).append(']');
                        next = l.get(i);
                        break;
                    }
                }
            }
            n = next;
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static boolean contains(Source range, Source at) {
        boolean afterStart = at.line() > range.line() || at.line() == range.line() && at.column() >= range.column();
        boolean beforeEnd = at.line() < range.endLine() || at.line() == range.endLine() && at.column() < range.endColumn();
        return afterStart && (beforeEnd || at.line() == range.line() && at.column() == range.column());
    }
}
