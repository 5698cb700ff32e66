package dev.headroom.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code --allow-env}, a value from the environment may steer a lookup but never appears in any report
 * format. The surefire configuration sets HEADROOM_TEST_SECRET and HEADROOM_TEST_STAGE.
 */
class EnvValuesNeverPrintedTest {

    @TempDir
    Path tmp;

    @Test
    void noReportFormatShowsAnEnvironmentValue() throws Exception {
        String secret = System.getenv("HEADROOM_TEST_SECRET");
        String stage = System.getenv("HEADROOM_TEST_STAGE");
        assertEquals("4242", secret, "surefire must set HEADROOM_TEST_SECRET");
        assertEquals("zzsecretstage", stage, "surefire must set HEADROOM_TEST_STAGE");
        Files.writeString(tmp.resolve("zzsecretstage.yml"), "timeout: 850\n");
        Files.writeString(tmp.resolve("serverless.yml"), """
                service: secrets
                custom:
                  memory:
                    zzsecretstage: 20000
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  steered:
                    handler: a.handler
                    memorySize: ${self:custom.memory.${env:HEADROOM_TEST_STAGE}}
                  direct:
                    handler: b.handler
                    timeout: ${env:HEADROOM_TEST_SECRET}
                    memorySize: "${env:HEADROOM_TEST_SECRET}0"
                    environment:
                      KEY: ${env:HEADROOM_TEST_SECRET}
                  file:
                    handler: c.handler
                    timeout: ${file(./${env:HEADROOM_TEST_STAGE}.yml):timeout}
                  missing:
                    handler: d.handler
                    timeout: ${self:custom.${env:HEADROOM_TEST_SECRET}}
                """);
        for (String format : List.of("text", "sarif", "json", "junit", "github", "gitlab")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[]{"scan", tmp.toString(), "--allow-env", "--format", format,
                    "--base-dir", tmp.toString(), "--ruleset", "strict"}, new PrintWriter(out), new PrintWriter(err));
            String all = out + "\n" + err;
            assertEquals(1, code, format + ": " + all);
            // The env value steered the lookup: HR103 fires on the memory chosen by the stage.
            assertTrue(all.contains("HR103") && all.contains("20000"), format + ": " + all);
            assertFalse(all.contains(secret), format + " shows an environment value: " + all);
            assertFalse(all.contains(stage), format + " shows an environment value: " + all);
        }
    }
}
