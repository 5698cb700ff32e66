package dev.headroom.discover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Remembering each directory's root gives the roots a fresh walk gives, inside a work tree and outside one. */
class ScanRootTest {

    @Test
    void aRememberedRootIsTheRootAWalkFinds(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path deep = Files.createDirectories(repo.resolve("a/b"));
        Path plain = Files.createDirectories(dir.resolve("plain/c"));
        Path[] named = {Files.writeString(deep.resolve("t1.yaml"), "x"), Files.writeString(deep.resolve("t2.yaml"), "x"),
                repo.resolve("a"), Files.writeString(plain.resolve("t3.yaml"), "x"), Files.writeString(plain.resolve("t4.yaml"), "x"),
                dir.resolve("plain")};
        Map<Path, Path> known = new HashMap<>();
        for (Path p : named) assertEquals(ScanRoot.of(p), ScanRoot.of(p, known), p.toString());
        assertEquals(repo.toRealPath(), ScanRoot.of(named[1], known));
        assertEquals(plain.toRealPath(), ScanRoot.of(named[4], known), "outside a work tree: the file's directory");
        assertEquals(4, known.size(), "one entry per directory looked at: " + known);
    }
}
