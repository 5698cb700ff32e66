package dev.headroom.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Picocli wraps a footer line longer than the help width where it must, which leaves a one- or two-word orphan on the
 * next line (`fix --help` printed "...or a file was left" / "untouched because..."): footers are written pre-wrapped.
 */
class HelpLayoutTest {

    @Test
    void everyFooterAndHeaderLineFitsTheHelpWidth() {
        List<String> tooLong = new ArrayList<>();
        collect(Main.commandLine(), tooLong);
        assertEquals(List.of(), tooLong);
    }

    private static void collect(CommandLine cli, List<String> tooLong) {
        CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        List<String> lines = new ArrayList<>(List.of(usage.footer()));
        lines.addAll(List.of(usage.header()));
        for (String line : lines) {
            if (line.length() > usage.width()) tooLong.add(cli.getCommandName() + ": " + line.length() + " > " + usage.width() + ": " + line);
        }
        for (CommandLine sub : cli.getSubcommands().values()) collect(sub, tooLong);
    }
}
