package dev.headroom.discover;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DiscoveryTest {

    static final Path CDK = Path.of("src/test/resources/fixtures/cdk");

    /** The scan root of everything in the checkout: the top of its git work tree. */
    static final Path REPO = repo();

    private static Path repo() {
        try {
            return ScanRoot.of(Path.of("."));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anAssemblyIsOneCandidateAndItsFilesAreNotTakenOneByOne() throws Exception {
        List<Discovery.Candidate> found = Discovery.find(List.of(CDK.resolve("stage-two-stacks.case")));
        assertEquals(List.of(new Discovery.Candidate(CDK.resolve("stage-two-stacks.case/cdk.out"), false, true, REPO)), found,
                "the stage's assembly-Prod and the templates are read through the top manifest");
    }

    @Test
    void anAssemblyOrItsManifestNamedDirectlyIsTheAssembly() throws Exception {
        Path out = Path.of("samples/cdk/cdk.out");
        assertEquals(List.of(new Discovery.Candidate(out, true, true, REPO)), Discovery.find(List.of(out)));
        assertEquals(List.of(new Discovery.Candidate(out, true, true, REPO)), Discovery.find(List.of(out.resolve("manifest.json"))));
    }

    @Test
    void aTemplateNamedDirectlyIsStillAFile() throws Exception {
        Path t = Path.of("samples/cdk/cdk.out/OrdersStack.template.json");
        assertEquals(List.of(new Discovery.Candidate(t, true, false, REPO)), Discovery.find(List.of(t)));
    }

    @Test
    void assetFoldersAreNotEntered(@org.junit.jupiter.api.io.TempDir Path project) throws Exception {
        Path out = java.nio.file.Files.createDirectories(project.resolve("cdk.out"));
        java.nio.file.Files.writeString(out.resolve("manifest.json"),
                "{\"version\": \"36.0.0\", \"artifacts\": {\"Tree\": {\"type\": \"cdk:tree\"}}}");
        Path asset = java.nio.file.Files.createDirectories(project.resolve("asset.0a1b2c"));
        java.nio.file.Files.writeString(asset.resolve("template.json"), "{\"Resources\": {}}");
        java.nio.file.Files.writeString(project.resolve("template.yaml"), "Resources: {}\n");
        assertEquals(List.of(new Discovery.Candidate(out, false, true, project.toRealPath()), new Discovery.Candidate(project.resolve("template.yaml"), false, false, project.toRealPath())),
                Discovery.find(List.of(project)));
    }

    @Test
    void anUnreadableDirectoryIsNamedInTheNotifications(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // Root reads every directory, so the walker is handed the failure the file system gives other users.
        List<String> notices = new java.util.ArrayList<>();
        Discovery.Walker walker = new Discovery.Walker(dir, dir, new java.util.ArrayList<>(), new java.util.ArrayList<>(), notices);
        walker.visitFileFailed(dir.resolve("private"), new java.nio.file.AccessDeniedException(dir.resolve("private").toString()));
        assertEquals(List.of("cannot read " + dir.resolve("private") + " (permission denied); its templates were not scanned"), notices);
    }

}
