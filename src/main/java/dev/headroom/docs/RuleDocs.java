package dev.headroom.docs;

import dev.headroom.config.ConfigException;
import dev.headroom.config.RuleSet;
import dev.headroom.rules.Registry;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleMeta;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rule pages under {@code docs/rules/}, generated from each rule's metadata and the bundled rule sets.
 * {@code RuleDocsTest} fails when the committed pages differ; {@code explain} prints the same page.
 */
public final class RuleDocs {

    private final RuleSet defaults;
    private final RuleSet strict;

    private RuleDocs(RuleSet defaults, RuleSet strict) {
        this.defaults = defaults;
        this.strict = strict;
    }

    public static RuleDocs bundled() {
        try {
            return new RuleDocs(RuleSet.load("default"), RuleSet.load("strict"));
        } catch (ConfigException e) {
            throw new IllegalStateException("bundled rule sets do not load: " + e.getMessage(), e);
        }
    }

    /** One rule's page: its help, then where it is on in the bundled rule sets. */
    public String page(Rule rule) {
        RuleMeta m = rule.meta();
        return m.helpMarkdown() + "\n## Rule sets\n\n| rule set | level |\n|---|---|\n"
                + "| `default` | " + level(defaults, m) + " |\n"
                + "| `strict` | " + level(strict, m) + " |\n\n"
                + "Change the level or the parameters in your own rule set, or see `headroom rules --ruleset strict`.\n";
    }

    /** {@code docs/rules/README.md}: every rule with its levels and summary, linking to its page. */
    public String index() {
        StringBuilder b = new StringBuilder("# headroom rules\n\n");
        b.append("Generated from the rules' metadata by `RuleDocsTest`; do not edit by hand (see \"Rules\" in the "
                + "project README). `headroom explain <id or name>` prints a page in the terminal.\n\n");
        b.append("| id | name | default | strict | summary |\n|---|---|---|---|---|\n");
        for (Rule r : Registry.all()) {
            RuleMeta m = r.meta();
            b.append("| [").append(m.id()).append("](").append(m.id()).append(".md) | `").append(m.name()).append("` | ")
                    .append(level(defaults, m)).append(" | ").append(level(strict, m)).append(" | ")
                    .append(m.summary().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    /** File name to content, for every file of {@code docs/rules/}. */
    public Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("README.md", index());
        for (Rule r : Registry.all()) out.put(r.meta().id() + ".md", page(r));
        return out;
    }

    private static String level(RuleSet set, RuleMeta m) {
        RuleSet.Active a = set.get(m.id());
        return a == null ? "off" : a.level().id();
    }
}
