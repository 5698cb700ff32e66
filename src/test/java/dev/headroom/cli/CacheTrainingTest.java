package dev.headroom.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classes the launcher's recording run loads beyond its own scan (LauncherIT checks the cache itself). */
class CacheTrainingTest {

    @Test
    void listsEveryReaderAndWriterAndLoadsThemAll() {
        List<String> names = CacheTraining.classNames();
        for (String c : List.of("dev.headroom.read.sls.ServerlessReader", "dev.headroom.read.cdk.CloudAssemblyReader",
                "dev.headroom.report.SarifWriter", "dev.headroom.report.JUnitWriter", "picocli.CommandLine")) {
            assertTrue(names.contains(c), c);
        }
        assertFalse(names.stream().anyMatch(n -> n.startsWith("com.fasterxml.jackson.databind")),
                "Jackson's binding is left to the scans that use it");
        assertEquals(names.size(), CacheTraining.loadScanClasses(), "every listed class loads");
    }

    /** In a directory of its own: other builds on the machine make and delete training copies in the shared /tmp. */
    @Test
    void scansTheShippedSamplesOncePerFormatAndLeavesNothingBehind(@TempDir Path parent) throws Exception {
        assertEquals(CacheTraining.FORMATS.size(), CacheTraining.scanSamples(parent), "each format's scan ran to the end");
        try (var left = Files.list(parent)) {
            assertEquals(List.of(), left.toList(), "the copy of the samples is deleted");
        }
    }
}
