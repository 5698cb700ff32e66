package dev.headroom.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * End to end: the CLI's SARIF for a set of fixtures in every format read so far, compared byte for byte with
 * {@code src/test/resources/golden/e2e-fixtures.sarif} (which the schema test also validates). Rewrite with
 * {@code -Dheadroom.updateGolden=true} and read the diff before committing it.
 */
class GoldenSarifTest {

    @Test
    void sarifMatchesGolden() throws Exception {
        String base = "src/test/resources/fixtures";
        CliTest.Run r = CliTest.run("scan", base + "/sam/globals.yaml", base + "/cloudformation/mixed.json",
                base + "/cloudformation/ecs-scaling.yaml", base + "/errors/duplicate-key.yaml",
                "--format", "sarif", "--base-dir", base, "--as-of", "2026-11-01");
        assertEquals(1, r.code(), r.err());
        Path golden = Path.of("src/test/resources/golden/e2e-fixtures.sarif");
        if (Boolean.getBoolean("headroom.updateGolden")) Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), r.out(), "SARIF differs from " + golden);
    }
}
