package dev.headroom.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** picocli interpolates ${...} in descriptions (even ${env:NAME}): the Serverless variable names must survive. */
class ScanHelpTest {

    @Test
    void helpShowsServerlessVariablesLiterally() {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[]{"scan", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        String help = out.toString().replaceAll("\\s+", " ");
        for (String v : new String[]{"${env:NAME}", "${param:KEY}", "${opt:stage}", "${sls:stage}", "${opt:region}"}) {
            assertTrue(help.contains(v), v + " missing from: " + help);
        }
        assertTrue(help.contains("--stage=STAGE") && help.contains("--region=REGION") && help.contains("--allow-env"), help);
    }
}
