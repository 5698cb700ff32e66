package dev.headroom.cli;

import org.junit.jupiter.api.Test;

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

    @Test
    void scansTheShippedSamplesOncePerFormatAndLeavesNothingBehind() throws Exception {
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var s = java.nio.file.Files.list(tmp)) {
            before = s.filter(p -> p.getFileName().toString().startsWith("headroom-training-")).count();
        }
        assertEquals(CacheTraining.FORMATS.size(), CacheTraining.scanSamples(), "each format's scan ran to the end");
        try (var s = java.nio.file.Files.list(tmp)) {
            assertEquals(before, s.filter(p -> p.getFileName().toString().startsWith("headroom-training-")).count(),
                    "the copy of the samples is deleted");
        }
    }
}
