package dev.headroom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code headroom}: the command line. Exit codes: 0 nothing at or above the fail level, 1 findings at or
 * above it, 2 usage or configuration error, 3 internal error. Only the report goes to stdout.
 */
@Command(name = "headroom", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lints the AWS compute layer (Lambda, ECS/Fargate) of Serverless, SAM, CloudFormation and CDK output.")
public final class Main implements Runnable {

    /**
     * The subcommands, in the order help lists them. Picocli reads a command's annotations by reflection when it is
     * added, which cost a one-template scan about a sixth of its time for the six commands it does not run: a
     * command line that names one of these gets only that one (see {@link #subcommands}).
     */
    static final List<String> SUBCOMMANDS = List.of("scan", "baseline", "fit", "fix", "rules", "explain", "config", "help");

    /**
     * A new instance of the subcommand {@code name}. A switch rather than a table of constructor references: linking
     * eight method references cost a one-template scan several milliseconds before its first option was read.
     */
    static Object newSubcommand(String name) {
        return switch (name) {
            case "scan" -> new ScanCommand();
            case "baseline" -> new BaselineCommand();
            case "fit" -> new FitCommand();
            case "fix" -> new FixCommand();
            case "rules" -> new RulesCommand();
            case "explain" -> new ExplainCommand();
            case "config" -> new ConfigCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /** The command line with every subcommand (the model as help and tests see it). */
    static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    private static CommandLine commandLine(java.util.Collection<String> subcommands) {
        CommandLine cli = new CommandLine(new Main());
        for (String name : subcommands) cli.addSubcommand(name, newSubcommand(name));
        return cli;
    }

    /**
     * The subcommand names to register for {@code args}: only the one named first, else all of them (top-level help
     * and version, {@code help CMD}, which looks its command up among the others, and a mistyped command, whose
     * error suggests the nearest names).
     */
    static java.util.Collection<String> subcommands(String[] args) {
        if (args.length > 0 && !args[0].equals("help") && SUBCOMMANDS.contains(args[0])) return List.of(args[0]);
        return SUBCOMMANDS;
    }

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
        StartupWarmup.startFor(args);
        // Reports are UTF-8 whatever the platform's default encoding.
        int code = run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        if (CacheTraining.requested()) { // the report is written; the exit code stays
            CacheTraining.scanSamples();
            CacheTraining.loadScanClasses();
        }
        System.exit(code);
    }

    /** Prints a usage or configuration problem as {@code headroom: MESSAGE}; returns {@link #USAGE}. */
    static int usage(PrintWriter err, String message) {
        err.println("headroom: " + message);
        return USAGE;
    }

    /** Runs the CLI with the given streams; used by main and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(subcommands(args));
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
