package dev.headroom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code headroom}: the command line. Exit codes: 0 nothing at or above the fail level, 1 findings at or
 * above it, 2 usage or configuration error, 3 internal error. Only the report goes to stdout.
 */
@Command(name = "headroom", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lints the AWS compute layer (Lambda, ECS/Fargate) of Serverless, SAM, CloudFormation and CDK output.",
        subcommands = {ScanCommand.class, BaselineCommand.class, FitCommand.class, FixCommand.class, RulesCommand.class,
                ExplainCommand.class, ConfigCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use 'headroom scan [PATH...]'");
    }

    public static void main(String[] args) {
        // Reports are UTF-8 whatever the platform's default encoding.
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Prints a usage or configuration problem as {@code headroom: MESSAGE}; returns {@link #USAGE}. */
    static int usage(PrintWriter err, String message) {
        err.println("headroom: " + message);
        return USAGE;
    }

    /** Runs the CLI with the given streams; used by main and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("headroom: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try 'headroom " + (ex.getCommandLine().getCommandName().equals("headroom") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help' for more information.");
            err.flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("headroom: internal error: " + ex);
            if (System.getenv("HEADROOM_DEBUG") != null) ex.printStackTrace(err);
            err.flush();
            return INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            err.println("headroom: internal error: " + e);
            err.flush();
            return INTERNAL;
        }
    }
}
