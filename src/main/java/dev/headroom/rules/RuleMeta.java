package dev.headroom.rules;

import dev.headroom.fix.Applicability;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule's metadata read from its {@link RuleInfo}, with the derived help texts. */
public record RuleMeta(String id, String name, Severity severity, String summary, String whatItDoes,
                       String whyIsThisBad, String example, String useInstead, List<String> tags,
                       List<Param> params, List<String> references, Applicability fix, String fixSummary) {

    public static final String DOCS_BASE = "https://github.com/headroom-lint/headroom/blob/main/docs/rules/";

    /** Read once per rule class: reflection on annotations is slow, and every stack of a scan asks. */
    private static final ClassValue<RuleMeta> BY_CLASS = new ClassValue<>() {
        @Override
        protected RuleMeta computeValue(Class<?> ruleClass) {
            return read(ruleClass);
        }
    };

    public static RuleMeta of(Class<?> ruleClass) {
        return BY_CLASS.get(ruleClass);
    }

    private static RuleMeta read(Class<?> ruleClass) {
        RuleInfo i = ruleClass.getAnnotation(RuleInfo.class);
        if (i == null) throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo");
        return new RuleMeta(i.id(), i.name(), i.severity(), i.summary(), i.whatItDoes().strip(),
                i.whyIsThisBad().strip(), i.example().strip(), i.useInstead().strip(), List.of(i.tags()),
                List.of(i.params()), List.of(i.references()), i.fix(), i.fixSummary().strip());
    }

    public String helpUri() {
        return DOCS_BASE + id + ".md";
    }

    /** Parameter defaults by name, in declaration order. */
    public Map<String, String> paramDefaults() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Param p : params) m.put(p.name(), p.defaultValue());
        return m;
    }

    /**
     * Every rule applies to every input format in which its resources can appear (RULES.md): plain resources
     * in a SAM template, in a Serverless {@code resources:} section and in CDK output too.
     */
    public static final String FORMATS = "CloudFormation (YAML and JSON), AWS SAM, Serverless Framework "
            + "(`functions:` and `resources:`), CDK cloud assembly (`cdk.out`)";

    /** The rule's page in Markdown: the four parts, the formats it reads, its parameters and references. */
    public String helpMarkdown() {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(id).append(' ').append(name).append("\n\n");
        b.append("Default severity: **").append(severity.id()).append("**. Tags: ")
                .append(String.join(", ", tags)).append(".\n\n");
        b.append(summary).append("\n\n");
        b.append("## What it does\n\n").append(whatItDoes).append("\n\n");
        b.append("## Why is this bad?\n\n").append(whyIsThisBad).append("\n\n");
        b.append("## Example\n\n").append(example).append("\n\n");
        b.append("Applies to: ").append(FORMATS).append(". Findings point at the line to edit in the format you wrote.\n\n");
        b.append("## Use instead\n\n").append(useInstead).append("\n");
        if (fix != Applicability.NONE) {
            b.append("\n## Fix\n\n").append(fix == Applicability.SAFE
                    ? "**Safe**, applied by `headroom fix`: " : "**Unsafe**, applied by `headroom fix --unsafe`: ")
                    .append(fixSummary).append(" The edit is made where the value is written (the `Globals` entry, the "
                            + "parameter default, the serverless.yml variable); a CDK template gets the fix as advice, "
                            + "since the app code is its source.\n");
        }
        if (!params.isEmpty()) {
            b.append("\n## Parameters\n\n| name | default | meaning |\n|---|---|---|\n");
            for (Param p : params) {
                b.append("| `").append(p.name()).append("` | `").append(p.defaultValue()).append("` | ")
                        .append(p.description()).append(" |\n");
            }
            b.append("\nSet them in a rule set (`--ruleset FILE`):\n\n```yaml\nextends: default\nrules:\n  ")
                    .append(id).append(":\n    level: ").append(severity.id()).append('\n');
            for (Param p : params) b.append("    ").append(p.name()).append(": ").append(p.defaultValue()).append('\n');
            b.append("```\n");
        }
        if (!references.isEmpty()) {
            b.append("\n## References (AWS documentation)\n\n");
            for (String r : references) b.append("- <").append(r).append(">\n");
        }
        return b.toString();
    }

    /** Plain-text help for SARIF {@code help.text}: the Markdown parts without headings' markup. */
    public String helpText() {
        return whatItDoes + "\n\nWhy is this bad? " + whyIsThisBad + "\n\nUse instead: "
                + Arrays.stream(useInstead.split("\n")).filter(l -> !l.startsWith("```")).reduce((a, c) -> a + "\n" + c).orElse("");
    }
}
