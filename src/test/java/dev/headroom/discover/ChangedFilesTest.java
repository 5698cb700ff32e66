package dev.headroom.discover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a pre-commit hook's list of staged files turns into: the files and what they belong to. */
class ChangedFilesTest {

    @Test
    void aFileOfACloudAssemblyStandsForTheAssembly(@TempDir Path repo) throws IOException {
        Path out = repo.resolve("app/cdk.out");
        Files.createDirectories(out.resolve("assembly-Prod"));
        for (String f : List.of("manifest.json", "OrdersStack.template.json", "tree.json")) {
            Files.copy(Path.of("samples/cdk/cdk.out").resolve(f), out.resolve(f));
        }
        Files.copy(out.resolve("manifest.json"), out.resolve("assembly-Prod/manifest.json"));
        Path template = out.resolve("OrdersStack.template.json");
        Path stageFile = out.resolve("assembly-Prod/manifest.json");
        assertEquals(List.of(out), ChangedFiles.expand(List.of(template, stageFile, out.resolve("tree.json")), repo));
    }

    @Test
    void aFileThatAServiceReadsBringsTheService(@TempDir Path repo) throws IOException {
        Path service = Files.writeString(repo.resolve("serverless.yml"), """
                service: a
                provider:
                  name: aws
                  timeout: ${file(./config/limits.yml):timeout}
                  environment: ${file('env/${sls:stage}.json')}
                custom: ${file(services/b/shared.yml)}
                """);
        Path limits = write(repo.resolve("config/limits.yml"), "timeout: 890\n");
        Path unrelated = write(repo.resolve("config/other.yml"), "x: 1\n");
        Path stageEnv = write(repo.resolve("env/prod.json"), "{}\n");
        Path nested = write(repo.resolve("services/b/serverless.yaml"), "service: b\ncustom: ${file(../b/env/dev.yml)}\n");
        Path nestedConfig = write(repo.resolve("services/b/env/dev.yml"), "x: 1\n");
        Path shared = write(repo.resolve("services/b/shared.yml"), "x: 1\n");
        assertEquals(List.of(limits, service), ChangedFiles.expand(List.of(limits), repo));
        assertEquals(List.of(unrelated), ChangedFiles.expand(List.of(unrelated), repo), "not read by the service");
        assertEquals(List.of(stageEnv, service), ChangedFiles.expand(List.of(stageEnv), repo), "a variable matches a name");
        assertEquals(List.of(nestedConfig, nested), ChangedFiles.expand(List.of(nestedConfig), repo), "'..' resolved");
        assertEquals(List.of(shared, service), ChangedFiles.expand(List.of(shared), repo));
        assertEquals(List.of(service, limits), ChangedFiles.expand(List.of(service, limits), repo), "each file once");
    }

    @Test
    void nothingAboveTheRepositoryIsLookedAt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("serverless.yml"), "service: outside\n");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path template = write(repo.resolve("template.yaml"), "Resources: {}\n");
        assertEquals(List.of(template), ChangedFiles.expand(List.of(template), repo));
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
