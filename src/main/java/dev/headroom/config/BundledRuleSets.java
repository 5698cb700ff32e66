package dev.headroom.config;

import dev.headroom.rules.Param;
import dev.headroom.rules.Registry;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleMeta;
import dev.headroom.rules.Severity;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rule sets shipped in the jar ({@code default}, {@code strict}) straight from the positioned tree that
 * every scan builds anyway. Binding them with jackson-dataformat-yaml cost a one-template scan about a quarter of
 * its time (loading and initialising Jackson's object mapper); these files are ours, and a test holds this reading
 * equal to the strict binding that users' own rule sets and config files keep ({@link StrictYaml}). Anything this
 * reader does not expect is a build defect, thrown as {@link IllegalStateException}, never a user error.
 */
final class BundledRuleSets {

    private BundledRuleSets() {
    }

    /** The bundled rule set {@code name}, its text {@code text}, read as {@link StrictYaml#bind} would bind it. */
    static StrictYaml.Bound<RuleSet.RuleSetFile> read(String name, String text) throws ConfigException {
        Node root = StrictYaml.tree(name, text);
        if (!(root instanceof MapNode top)) throw defect(name, "is not a mapping");
        String setName = null;
        String base = null;
        String cdkInternal = null;
        RuleEntries rules = null;
        for (MapNode.Entry e : top.entries()) {
            switch (e.name()) {
                case "name" -> setName = text(name, e.value());
                case "extends" -> base = text(name, e.value());
                case "cdkInternal" -> cdkInternal = text(name, e.value());
                case "rules" -> rules = rules(name, e.value());
                default -> throw defect(name, "has an unknown key '" + e.name() + "'");
            }
        }
        return new StrictYaml.Bound<>(new RuleSet.RuleSetFile(setName, base, cdkInternal, rules), name, root);
    }

    private static RuleEntries rules(String file, Node node) {
        if (!(node instanceof MapNode map)) throw defect(file, "rules: is not a mapping");
        Map<String, RuleEntries.Entry> out = new LinkedHashMap<>();
        for (MapNode.Entry e : map.entries()) {
            Rule rule = Registry.lookup(e.name());
            if (rule == null) throw defect(file, "names an unknown rule '" + e.name() + "'");
            if (out.put(rule.meta().id(), entry(file, rule, e.value())) != null) {
                throw defect(file, "lists " + rule.meta().id() + " twice");
            }
        }
        return new RuleEntries(out);
    }

    private static RuleEntries.Entry entry(String file, Rule rule, Node value) {
        RuleMeta meta = rule.meta();
        if (value instanceof ScalarNode s && s.isNull()) return new RuleEntries.Entry(rule, null, false, Map.of());
        if (value instanceof ScalarNode s) {
            String level = s.text().trim();
            return RuleEntries.isOff(level) ? new RuleEntries.Entry(rule, null, true, Map.of())
                    : new RuleEntries.Entry(rule, level(file, meta, level), false, Map.of());
        }
        if (!(value instanceof MapNode settings)) throw defect(file, meta.id() + " is neither a level nor a mapping");
        Severity level = null;
        boolean off = false;
        Map<String, String> params = new LinkedHashMap<>();
        for (MapNode.Entry e : settings.entries()) {
            if (e.name().equals("level") || e.name().equals("severity")) {
                String text = text(file, e.value()).trim();
                off = RuleEntries.isOff(text);
                level = off ? null : level(file, meta, text);
                continue;
            }
            Param param = meta.params().stream().filter(p -> p.name().equals(e.name())).findFirst()
                    .orElseThrow(() -> defect(file, meta.id() + " has no parameter '" + e.name() + "'"));
            String paramValue = paramText(file, e.value());
            String problem = RuleEntries.problem(param, paramValue);
            if (problem != null) throw defect(file, meta.id() + " parameter '" + e.name() + "' " + problem);
            params.put(e.name(), paramValue);
        }
        return new RuleEntries.Entry(rule, level, off, Map.copyOf(params));
    }

    private static Severity level(String file, RuleMeta meta, String text) {
        try {
            return RuleEntries.level(text);
        } catch (IllegalArgumentException e) {
            throw defect(file, meta.id() + ": unknown level '" + text + "'");
        }
    }

    /** A parameter as rule-set text: a scalar as written, a list comma-separated (as the strict binding has it). */
    private static String paramText(String file, Node node) {
        if (node instanceof ListNode list) {
            List<String> parts = new ArrayList<>();
            for (Node item : list.items()) parts.add(text(file, item));
            return String.join(",", parts);
        }
        return text(file, node);
    }

    private static String text(String file, Node node) {
        if (node instanceof ScalarNode s && !s.isNull()) return s.text();
        throw defect(file, "has " + node.kind() + " where a value belongs, at line " + node.source().line());
    }

    private static IllegalStateException defect(String file, String what) {
        return new IllegalStateException("bundled rule set '" + file + "' " + what);
    }
}
