package dev.headroom.discover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Symbolic links met while walking a directory: read when they stay inside the scan root, else named. */
class DiscoveryLinksTest {

    private static final String TEMPLATE = "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n";
    private static final String MANIFEST = "{\"version\": \"36.0.0\", \"artifacts\": {\"Tree\": {\"type\": \"cdk:tree\"}}}";

    /** A scan root of its own (a git work tree) and a place outside it. */
    private static Path repo(Path tmp) throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        return repo;
    }

    @Test
    void aLinkedTemplateInsideTheRootIsRead(@TempDir Path tmp) throws Exception {
        Path repo = repo(tmp);
        Path real = Files.writeString(Files.createDirectories(repo.resolve("shared")).resolve("base.yaml"), TEMPLATE);
        Path link = Files.createSymbolicLink(Files.createDirectories(repo.resolve("svc")).resolve("template.yaml"), real);
        List<String> notices = new ArrayList<>();
        List<Discovery.Candidate> found = Discovery.find(List.of(repo.resolve("svc")), notices);
        assertEquals(List.of(new Discovery.Candidate(link, false, false, repo.toRealPath())), found);
        assertEquals(List.of(), notices);
    }

    @Test
    void aLinkedTemplateOutsideTheRootIsNamedNotRead(@TempDir Path tmp) throws Exception {
        Path repo = repo(tmp);
        Path outside = Files.writeString(tmp.resolve("secret.yaml"), "AKIAIOSFODNN7EXAMPLE\n");
        Path link = Files.createSymbolicLink(repo.resolve("template.yaml"), outside);
        List<String> notices = new ArrayList<>();
        List<Discovery.Candidate> found = Discovery.find(List.of(repo), notices);
        assertEquals(List.of(), found);
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith(link + ": a symbolic link to a file outside the scan root"), notices.get(0));
        assertFalse(notices.get(0).contains("secret") || notices.get(0).contains("AKIA"), "the target is never shown: " + notices);
    }

    @Test
    void aBrokenLinkIsNamed(@TempDir Path tmp) throws Exception {
        Path repo = repo(tmp);
        Path link = Files.createSymbolicLink(repo.resolve("gone.yaml"), repo.resolve("missing.yaml"));
        List<String> notices = new ArrayList<>();
        assertEquals(List.of(), Discovery.find(List.of(repo), notices));
        assertEquals(List.of(link + ": a broken symbolic link; it was not read"), notices);
    }

    @Test
    void aLinkThatIsNotATemplateNameIsLeftAloneAsAFileWouldBe(@TempDir Path tmp) throws Exception {
        Path repo = repo(tmp);
        Files.createSymbolicLink(repo.resolve("README"), tmp.resolve("anything"));
        List<String> notices = new ArrayList<>();
        assertEquals(List.of(), Discovery.find(List.of(repo), notices));
        assertEquals(List.of(), notices);
    }

    @Test
    void aLinkedManifestOutsideTheRootDoesNotMakeAnAssemblyAndIsNotReadDuringDiscovery(@TempDir Path tmp) throws Exception {
        Path repo = repo(tmp);
        Path outsideManifest = Files.writeString(tmp.resolve("manifest.json"), MANIFEST);
        Path out = Files.createDirectories(repo.resolve("cdk.out"));
        Path link = Files.createSymbolicLink(out.resolve("manifest.json"), outsideManifest);
        assertFalse(FormatDetector.isCloudAssembly(out, repo.toRealPath()), "the manifest's real path is outside the root");
        assertTrue(FormatDetector.isCloudAssembly(out, tmp.toRealPath()), "under a root that holds it, it is one");
        List<String> notices = new ArrayList<>();
        assertEquals(List.of(), Discovery.find(List.of(repo), notices));
        assertEquals(List.of(link + ": a symbolic link to a file outside the scan root " + repo.toRealPath() + "; it was not read"),
                notices);
    }

    @Test
    void aLinkedManifestInsideTheRootStillMakesAnAssembly(@TempDir Path tmp) throws Exception {
        Path repo = repo(tmp);
        Path manifest = Files.writeString(Files.createDirectories(repo.resolve("manifests")).resolve("manifest.json"), MANIFEST);
        Path out = Files.createDirectories(repo.resolve("cdk.out"));
        Files.createSymbolicLink(out.resolve("manifest.json"), manifest);
        List<Discovery.Candidate> found = Discovery.find(List.of(repo.resolve("cdk.out")));
        assertEquals(List.of(new Discovery.Candidate(out, true, true, repo.toRealPath())), found);
    }
}
