package dev.headroom.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.headroom.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** serverless-lift constructs headroom does not read are named once per file on stderr, never in the report. */
class LiftConstructNoticeTest {

    @TempDir
    Path dir;

    @Test
    void unreadConstructTypesAreNamedOnStderrOncePerFile() throws Exception {
        String service = """
                service: site
                provider:
                  name: aws
                constructs:
                  uploads:
                    type: storage
                  landing:
                    type: single-page-app
                    path: dist
                  jobs:
                    type: queue
                    worker:
                      handler: jobs.handler
                """;
        Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("serverless.yml"), service);
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("serverless.yml"),
                service.replace("uploads", "files"));
        CliTest.Run r = run("scan", a.toString(), b.toString(), "--no-config", "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("headroom: note: " + a + ": serverless-lift constructs not read (headroom reads queue workers; "
                        + "webhooks have no function): uploads (storage), landing (single-page-app)\n"
                        + "headroom: note: " + b + ": serverless-lift constructs not read (headroom reads queue workers; "
                        + "webhooks have no function): files (storage), landing (single-page-app)\n",
                r.err());
        assertFalse(r.out().contains("serverless-lift"), "the report stays the findings' own");
    }
}
