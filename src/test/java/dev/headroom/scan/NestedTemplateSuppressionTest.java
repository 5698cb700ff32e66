package dev.headroom.scan;

import dev.headroom.config.RuleSet;
import dev.headroom.read.ReadOptions;
import dev.headroom.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A nested application's template is read through each template that includes it and, in a directory scan, on its
 * own: its suppression comments apply either way, and count once (never an unused duplicate).
 */
class NestedTemplateSuppressionTest {

    @TempDir
    Path dir;

    private ScanResult scan(Path path) throws Exception {
        Files.createDirectories(dir.resolve("apps"));
        Files.writeString(dir.resolve("template.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Workers:
                    Type: AWS::Serverless::Application
                    Properties:
                      Location: ./apps/workers.yaml
                  WorkersAgain:
                    Type: AWS::Serverless::Application
                    Properties:
                      Location: ./apps/workers.yaml
                """);
        Files.writeString(dir.resolve("apps/workers.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Batch:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.13
                      Handler: batch.handler
                      Timeout: 1000  # headroom: ignore[HR101] -- a batch window agreed with OPS
                """);
        return new Scanner(RuleSet.load("default"), ReadOptions.defaults()).scan(List.of(path));
    }

    @Test
    void theParentAloneHonoursTheNestedTemplatesComment() throws Exception {
        ScanResult r = scan(dir.resolve("template.yaml"));
        assertEquals(List.of(), r.findings().stream().map(Finding::ruleId).toList());
        assertEquals(1, r.suppressed().size());
    }

    @Test
    void aDirectoryScanCountsTheCommentOnce() throws Exception {
        ScanResult r = scan(dir);
        assertEquals(List.of(), r.findings().stream().map(Finding::ruleId).toList(), "no HR902 for a second reading");
        assertEquals(1, r.suppressed().size());
    }
}
