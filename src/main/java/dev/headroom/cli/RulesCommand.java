package dev.headroom.cli;

import dev.headroom.config.ConfigException;
import dev.headroom.config.RuleSet;
import dev.headroom.rules.Registry;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleMeta;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code headroom rules}: every rule with id, name, level in the chosen rule set and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List every rule: id, name, level in the rule set (or 'off'), one-line description.")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--ruleset", paramLabel = "default|strict|FILE", defaultValue = "default",
            description = "Rule set whose levels are shown (default: ${DEFAULT-VALUE}).")
    String ruleset;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet set;
        try {
            set = RuleSet.load(ruleset);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("headroom: " + e.getMessage());
            return Main.USAGE;
        }
        int nameWidth = Registry.all().stream().mapToInt(r -> r.meta().name().length()).max().orElse(20);
        for (Rule r : Registry.all()) {
            RuleMeta m = r.meta();
            RuleSet.Active a = set.get(m.id());
            String level = a == null ? "off" : a.level().id();
            out.printf("%-6s %-" + nameWidth + "s %-7s %s%n", m.id(), m.name(), level, m.summary());
        }
        out.flush();
        return Main.OK;
    }
}
