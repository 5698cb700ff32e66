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
}
