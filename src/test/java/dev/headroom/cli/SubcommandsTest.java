package dev.headroom.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only the subcommand a command line names is built; help and mistakes still see every command. */
class SubcommandsTest {

    @Test
    void tableNamesEachCommandAsItsAnnotationDoes() {
        for (String name : Main.SUBCOMMANDS) assertEquals(name, new CommandLine(Main.newSubcommand(name)).getCommandName());
    }

    @Test
    void aNamedCommandIsBuiltAlone() {
        assertEquals(List.of("scan"), List.copyOf(Main.subcommands(new String[] {"scan", "x.yaml"})));
        assertEquals(List.copyOf(Main.SUBCOMMANDS), List.copyOf(Main.subcommands(new String[] {"help", "scan"})));
        assertEquals(List.copyOf(Main.SUBCOMMANDS), List.copyOf(Main.subcommands(new String[] {"scna"})));
        assertEquals(List.copyOf(Main.SUBCOMMANDS), List.copyOf(Main.subcommands(new String[] {"--help"})));
    }

    @Test
    void topLevelHelpListsEveryCommandAndHelpCommandFindsItsCommand() {
        CliTest.Run top = CliTest.run("--help");
        for (String name : Main.SUBCOMMANDS) assertTrue(top.out().contains("  " + name), name + " in\n" + top.out());
        CliTest.Run help = CliTest.run("help", "scan");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("Usage: headroom scan"), help.out());
    }

    @Test
    void aMistypedCommandStillGetsASuggestion() {
        CliTest.Run r = CliTest.run("scna", ".");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("scan"), r.err());
    }
    /** Main leaves out picocli's java.sql and java.time converters (start-up): no option may need one. */
    @Test
    void noOptionNeedsAConverterMainLeavesOut() {
        CommandLine cli = Main.commandLine();
        List<CommandLine> all = new java.util.ArrayList<>(List.of(cli));
        all.addAll(cli.getSubcommands().values());
        int checked = 0;
        for (CommandLine c : all) {
            for (CommandLine.Model.ArgSpec arg : c.getCommandSpec().args()) {
                List<Class<?>> types = new java.util.ArrayList<>(List.of(arg.type()));
                types.addAll(List.of(arg.auxiliaryTypes()));
                for (Class<?> t : types) {
                    assertTrue(!t.getName().startsWith("java.sql.") && !t.getName().startsWith("java.time."),
                            c.getCommandName() + " " + arg + " has type " + t.getName());
                    checked++;
                }
            }
        }
        assertTrue(checked > 40, "every option and parameter was checked: " + checked);
    }
}
