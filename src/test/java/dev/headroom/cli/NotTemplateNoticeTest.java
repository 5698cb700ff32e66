package dev.headroom.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.headroom.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run whose named files are none of them templates says why for each, on stderr, instead of a bare
 * "Scanned 0 files"; a run that finds a template (pre-commit passes every staged YAML) stays quiet.
 */
class NotTemplateNoticeTest {

    @TempDir
    Path dir;

    @Test
    void eachNamedFileSaysWhyItIsNotATemplate() throws Exception {
        Path a = Files.writeString(dir.resolve("a.yaml"), "name: ci\non: push\n");
        Path b = Files.writeString(dir.resolve("b.yaml"), "Resources:\n  Chart:\n    Type: Helm::Chart\n");
        Path c = Files.writeString(dir.resolve("c.yml"), "- just\n- a list\n- Resources: x\n");
        Path d = Files.writeString(dir.resolve("d.yml"), "provider:\n  name: google\n");
        CliTest.Run r = run("scan", a.toString(), b.toString(), c.toString(), d.toString(), "--no-config");
        assertEquals(0, r.code(), "no findings: exit 0");
        assertEquals("headroom: " + a + ": no Resources section\n"
                + "headroom: " + b + ": no resource under Resources has an AWS:: type\n"
                + "headroom: " + c + ": not a mapping at the top level, so not a template\n"
                + "headroom: " + d + ": has a provider but no service with provider.name: aws (not a serverless.yml)\n",
                r.err());
        assertTrue(r.out().contains("Scanned 0 files"), r.out());
    }

    @Test
    void aRunThatFindsATemplateStaysQuietAboutTheOthers() throws Exception {
        Path a = Files.writeString(dir.resolve("a.yaml"), "name: ci\non: push\n");
        Path t = Files.writeString(dir.resolve("template.yaml"), ConfigFileTest.TEMPLATE.replace("800", "1000"));
        CliTest.Run r = run("scan", a.toString(), t.toString(), "--no-config");
        assertEquals(1, r.code(), "the exit code still follows the findings");
        assertEquals("", r.err());
    }

    @Test
    void aDirectoryWithoutTemplatesNamesNoFile() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "name: ci\n");
        CliTest.Run r = run("scan", dir.toString(), "--no-config");
        assertEquals(0, r.code());
        assertEquals("", r.err(), "files found in a directory are not the user's list");
    }
}
