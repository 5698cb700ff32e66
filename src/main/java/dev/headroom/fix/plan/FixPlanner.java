package dev.headroom.fix.plan;

import dev.headroom.fix.Change;
import dev.headroom.fix.Edit;
import dev.headroom.fix.Fix;
import dev.headroom.model.InputFormat;
import dev.headroom.model.Located;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.model.Stack;
import dev.headroom.rules.About;
import dev.headroom.rules.Finding;
import dev.headroom.tree.Document;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.Parsers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the changes rules ask for into text edits of the file a stack was read from, or says why a change cannot
 * be made safely. Runs after the rules of one stack: it needs the whole stack to see who else uses a value.
 *
 * <p>Refused: a CDK template (the app is the source; the fix is shown as advice), a value written in another file,
 * a value that is not a literal (chosen by {@code Fn::If}, inside another intrinsic, an unresolved variable), a
 * YAML anchor used in several places, and a value used by other resources or keys the fix would change too (a
 * {@code Globals} entry inherited by a function no finding names, a parameter referenced elsewhere).
 */
public final class FixPlanner {

    /** The current text of a file (without a BOM), as the scan read it. */
    @FunctionalInterface
    public interface Texts {
        String text(String file) throws ParseException;
    }

    private final Texts texts;

    public FixPlanner(Texts texts) {
        this.texts = texts;
    }

    /** A planner that reads files from disk. */
    public static FixPlanner fromDisk() {
        return new FixPlanner(file -> Parsers.readText(Path.of(file)));
    }

    /** The findings of one stack, those with a fix intent resolved into edits or refused with a reason. */
    public List<Finding> attach(Stack stack, List<Finding> findings) {
        return attach(stack, findings, null, null);
    }

    /**
     * As {@link #attach(Stack, List)}, with the tree the scan parsed from {@code parsedText}: used when the planner's
     * text of the stack's file is that same text, instead of parsing it a second time (a tenth of a corpus scan).
     */
    public List<Finding> attach(Stack stack, List<Finding> findings, Document parsed, String parsedText) {
        if (findings.stream().noneMatch(f -> f.fix() != null)) return findings;
        if (stack.format() == InputFormat.CDK) {
            return refuseAll(findings, "CDK template: the app code is its source, change the construct there");
        }
        Document doc;
        String text;
        try {
            text = texts.text(stack.file());
            doc = parsed != null && parsed.file().equals(stack.file()) && text.equals(parsedText) ? parsed
                    : Parsers.parse(stack.file(), text);
        } catch (ParseException e) {
            return refuseAll(findings, "the file cannot be read again: " + e.getMessage());
        }
        return new Plan(stack, doc, text).run(findings);
    }

    /**
     * Unused suppressions are known only once every file is checked: an unused {@code # headroom: ignore[...]}
     * comment gets the edit that removes it (safe: it suppressed nothing).
     */
    public List<Finding> unusedSuppressions(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.about() != About.UNUSED_COMMENT) {
                out.add(f);
                continue;
            }
            Fix fix = Fix.intent(dev.headroom.fix.Applicability.SAFE, List.of());
            try {
                Edit edit = Comments.removal(f.source().file(), texts.text(f.source().file()), f.source());
                out.add(f.withFix(fix.resolved(List.of(edit), "remove the unused suppression comment at line "
                        + f.source().line())));
            } catch (Refused r) {
                out.add(f.withFix(fix.refused(r.getMessage())));
            } catch (ParseException e) {
                out.add(f.withFix(fix.refused("the file cannot be read again: " + e.getMessage())));
            }
        }
        return out;
    }

    private static List<Finding> refuseAll(List<Finding> findings, String reason) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) out.add(f.fix() == null ? f : f.withFix(f.fix().refused(reason)));
        return out;
    }

    /** Why a change cannot be made. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One planned replacement of a written value, with what it takes to check that nobody else uses it. */
    record Target(Source span, Set<Source> useSites, List<Source> hops) {
    }

    /** An edit and, for a replaced value, the value's target (for the sharing check). */
    record Planned(Edit edit, Target target, Located<?> value, String ruleId, String what) {
    }

    private static final class Plan {
        private final Stack stack;
        private final Document doc;
        private final String text;
        private final TextPositions positions;
        private final TreeIndex index;
        private final Literals literals;

        Plan(Stack stack, Document doc, String text) {
            this.stack = stack;
            this.doc = doc;
            this.text = text;
            this.positions = new TextPositions(text, doc.syntax());
            this.index = new TreeIndex(doc.root());
            this.literals = new Literals(stack.file(), text, doc.syntax(), positions, index);
        }

        List<Finding> run(List<Finding> findings) {
            Map<Finding, List<Planned>> planned = new IdentityHashMap<>();
            Map<Finding, String> refused = new IdentityHashMap<>();
            for (Finding f : findings) {
                if (f.fix() == null) continue;
                if (f.origin() != null && f.origin().constructPath() != null) {
                    refused.put(f, "CDK template: the app code is its source, change construct "
                            + f.origin().constructPath() + " there");
                    continue;
                }
                try {
                    List<Planned> edits = new ArrayList<>();
                    for (Change c : f.fix().changes()) edits.addAll(plan(c, f.ruleId()));
                    planned.put(f, edits);
                } catch (Refused r) {
                    refused.put(f, r.getMessage());
                }
            }
            checkSharing(planned, refused);
            List<Finding> out = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                if (f.fix() == null) {
                    out.add(f);
                } else if (refused.containsKey(f)) {
                    out.add(f.withFix(f.fix().refused(refused.get(f))));
                } else {
                    List<Edit> edits = new ArrayList<>();
                    List<String> what = new ArrayList<>();
                    for (Planned p : planned.get(f)) {
                        if (!edits.contains(p.edit())) edits.add(p.edit());
                        if (!what.contains(p.what())) what.add(p.what());
                    }
                    Collections.sort(edits);
                    out.add(f.withFix(edits.isEmpty() ? f.fix().refused("nothing to change: the value is already "
                            + "as the fix would set it") : f.fix().resolved(edits, String.join("; ", what))));
                }
            }
            return out;
        }

        private List<Planned> plan(Change c, String ruleId) throws Refused {
            if (c instanceof Change.SetValue v) return setValue(v, ruleId);
            Change.SetProperty p = (Change.SetProperty) c;
            return properties(p.resource(), p.path(), p.newValue(), ruleId);
        }

        private List<Planned> properties(dev.headroom.model.Origin resource, List<String> path, Object value, String ruleId)
                throws Refused {
            String what = "set " + resource.logicalId() + "." + String.join(".", path) + " to " + Change.render(value);
            return new Properties(literals, index, positions, text, doc.syntax()).set(resource, path, value)
                    .stream().map(e -> new Planned(e, null, null, ruleId, what)).toList();
        }

        private List<Planned> setValue(Change.SetValue c, String ruleId) throws Refused {
            Located<?> v = c.value();
            if (v == null || v.isUnknown()) throw new Refused("the value is not known statically");
            if (v.defaulted()) {
                if (c.pathIfDefaulted().isEmpty() || c.resource() == null) {
                    throw new Refused("the value is the platform default and is written nowhere");
                }
                return properties(c.resource(), c.pathIfDefaulted(), c.newValue(), ruleId);
            }
            if (!v.source().file().equals(stack.file())) {
                throw new Refused("the value is written in " + v.source().file() + ", not in the file scanned; fix it there");
            }
            Literals.Found found = literals.follow(v.source());
            Literals.checkParameterConstraints(found.hit(), c.newValue());
            Edit edit = literals.replace(found.hit(), c.newValue());
            Target target = new Target(found.hit().node().source(), literals.useSites(found.hit(), doc), found.hops());
            String path = found.hit().pathText();
            if (path.startsWith("Resources.")) path = path.substring("Resources.".length());
            return List.of(new Planned(edit, target, v, ruleId, "set " + path + " to " + Change.render(c.newValue())));
        }

        /**
         * A written value may only change when every model value and every reference that uses it is one that a
         * fix of the same rule changes to the same text; otherwise the fix would change other resources too.
         */
        private void checkSharing(Map<Finding, List<Planned>> planned, Map<Finding, String> refused) {
            Map<Source, List<Map.Entry<Finding, Planned>>> byTarget = new LinkedHashMap<>();
            for (Map.Entry<Finding, List<Planned>> e : planned.entrySet()) {
                for (Planned p : e.getValue()) {
                    if (p.target() != null) byTarget.computeIfAbsent(p.target().span(), k -> new ArrayList<>()).add(Map.entry(e.getKey(), p));
                }
            }
            if (byTarget.isEmpty()) return;
            Map<Source, List<Located<?>>> usersBySpan = new HashMap<>();
            for (Located<?> l : ModelValues.of(stack)) {
                if (l.known() && !l.defaulted()) usersBySpan.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l);
            }
            for (List<Map.Entry<Finding, Planned>> group : byTarget.values()) {
                String reason = sharingProblem(group, usersBySpan);
                if (reason != null) {
                    for (Map.Entry<Finding, Planned> e : group) {
                        refused.putIfAbsent(e.getKey(), reason);
                        planned.remove(e.getKey());
                    }
                }
            }
        }

        private String sharingProblem(List<Map.Entry<Finding, Planned>> group, Map<Source, List<Located<?>>> usersBySpan) {
            Set<Located<?>> covered = Collections.newSetFromMap(new IdentityHashMap<>());
            java.util.Set<Source> coveredSites = new java.util.HashSet<>();
            Map<String, String> textByRule = new HashMap<>();
            Target target = group.get(0).getValue().target();
            for (Map.Entry<Finding, Planned> e : group) {
                Planned p = e.getValue();
                String before = textByRule.putIfAbsent(p.ruleId(), p.edit().text());
                if (before != null && !before.equals(p.edit().text())) {
                    return "findings that share this value ask for different values (" + before.strip() + ", "
                            + p.edit().text().strip() + "); choose one by hand";
                }
                covered.add(p.value());
                coveredSites.add(p.value().source());
                for (Related r : p.value().related()) coveredSites.add(r.source());
                coveredSites.addAll(p.target().hops());
            }
            List<Source> spans = new ArrayList<>(target.hops());
            spans.add(target.span());
            for (Source s : spans) {
                for (Located<?> user : usersBySpan.getOrDefault(s, List.of())) {
                    if (!covered.contains(user)) {
                        return "the value at line " + target.span().line() + " is also used by another setting"
                                + describeUser(user) + ", which the fix would change too";
                    }
                }
            }
            for (Source site : target.useSites()) {
                if (!coveredSites.contains(site)) {
                    return "the value at line " + target.span().line() + " is also used at line " + site.line()
                            + ", which the fix would change too";
                }
            }
            return null;
        }

        private static String describeUser(Located<?> user) {
            for (Related r : user.related()) {
                if (r.message().startsWith("inherited by") || r.message().contains("used here")) {
                    return " (" + r.message() + " at line " + r.source().line() + ")";
                }
            }
            return "";
        }
    }
}
