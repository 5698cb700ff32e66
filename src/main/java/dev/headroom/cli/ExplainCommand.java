package dev.headroom.cli;

import dev.headroom.docs.RuleDocs;
import dev.headroom.rules.Registry;
import dev.headroom.rules.Rule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code headroom explain HR301}: a rule's page (the same as docs/rules/HR301.md) in the terminal. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print a rule's documentation: what it does, why, an example, what to do instead.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RULE", description = "Rule id (HR301) or name (lambda-rds-without-proxy).")
    String rule;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Rule r = Registry.lookup(rule.trim());
        if (r == null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("headroom: unknown rule '" + rule + "'; 'headroom rules' lists them");
            err.flush();
            return Main.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(RuleDocs.bundled().page(r));
        out.flush();
        return Main.OK;
    }
}
