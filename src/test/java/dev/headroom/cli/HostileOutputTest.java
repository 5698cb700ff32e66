package dev.headroom.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report file: whole or untouched, and never written over a file the scan reads. */
class HostileOutputTest {

    private static final String TEMPLATE = dev.headroom.scan.SilentSkipTest.TEMPLATE;

    @TempDir
    Path dir;

    @Test
    void outputNamingAnInputFileIsRefused() throws Exception {
        Path t = Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        CliTest.Run named = CliTest.run("scan", t.toString(), "--output", t.toString());
        assertEquals(2, named.code(), named.err());
        assertTrue(named.err().contains("--output"), named.err());
        assertEquals(TEMPLATE, Files.readString(t), "the template is untouched");

        CliTest.Run inDirectory = CliTest.run("scan", dir.toString(), "--format", "json", "--output", dir.resolve("./template.yaml").toString());
        assertEquals(2, inDirectory.code(), inDirectory.err());
        assertEquals(TEMPLATE, Files.readString(t));

        Path report = dir.resolve("report.json");
        CliTest.Run fine = CliTest.run("scan", dir.toString(), "--format", "json", "--output", report.toString());
        assertEquals(1, fine.code(), fine.err());
        CliTest.Run again = CliTest.run("scan", dir.toString(), "--format", "json", "--output", report.toString());
        assertEquals(1, again.code(), "a previous report in the scanned directory is not an input: " + again.err());
    }

    @Test
    void aReportThatFailsHalfWayLeavesThePreviousFileWhole() throws Exception {
        Path report = Files.writeString(dir.resolve("report.sarif"), "previous report\n");
        IOException e = assertThrows(IOException.class, () -> AtomicOutput.write(report, w -> {
            w.write("{\"half\": ".repeat(10_000));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("previous report\n", Files.readString(report));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
        AtomicOutput.write(report, w -> w.write("new report\n"));
        assertEquals("new report\n", Files.readString(report));
    }

    @Test
    void theSameFileNamedTwiceIsScannedOnce() throws Exception {
        Path t = Files.writeString(dir.resolve("a.yaml"), TEMPLATE);
        CliTest.Run r = CliTest.run("scan", t.toString(), dir.resolve("./a.yaml").toString(), dir.toString(), "--format", "json");
        assertEquals(1, r.code(), r.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals(1, json.at("/summary/files").asInt(), r.out());
    }
}
