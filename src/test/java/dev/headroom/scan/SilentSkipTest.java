package dev.headroom.scan;

import dev.headroom.config.RuleSet;
import dev.headroom.read.ReadOptions;
import dev.headroom.rules.Finding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs that used to vanish from a scan without a word: each is read or reported. */
public class SilentSkipTest {

    /** A template with one finding, HR101 on line 6. */
    public static final String TEMPLATE = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
                  Timeout: 1200
            """;

    @TempDir
    Path dir;

    private static ScanResult scan(Path... paths) throws Exception {
        return new Scanner(RuleSet.load("default"), ReadOptions.defaults(), 1).scan(List.of(paths));
    }

    private static List<String> rules(ScanResult r) {
        return r.findings().stream().map(f -> f.ruleId() + "@" + f.source().line()).toList();
    }

    @Test
    void aDirectoryLinkNamedOnTheCommandLineIsScanned() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("template.yaml"), TEMPLATE);
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        ScanResult r = scan(link);
        assertEquals(1, r.filesScanned());
        assertEquals(List.of("HR101@6"), rules(r));
        assertEquals(link.resolve("template.yaml").toString(), r.findings().get(0).source().file(), "named as the user named it");
    }

    @Test
    void anUnreadableDirectoryIsReportedByAScanWhereTheSystemDeniesIt() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every directory");
        Path closed = Files.createDirectories(dir.resolve("closed"));
        Files.writeString(closed.resolve("template.yaml"), TEMPLATE);
        closed.toFile().setReadable(false, false);
        try {
            ScanResult r = scan(dir);
            assertTrue(r.notifications().stream().anyMatch(n -> n.contains("closed") && n.contains("permission denied")),
                    r.notifications().toString());
        } finally {
            closed.toFile().setReadable(true, false);
        }
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRead() throws Exception {
        Path f = Files.write(dir.resolve("template.yaml"), TEMPLATE.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of("HR101@6"), rules(scan(f)));
    }

    @Test
    void anUnknownTagThatHidesResourcesIsReported() throws Exception {
        Path f = Files.writeString(dir.resolve("template.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\nResources: !Bogus\n");
        ScanResult r = scan(f);
        assertEquals(List.of("HR900@2"), rules(r));
        assertEquals(1, r.filesScanned());
    }

    @Test
    void aSecondDocumentIsReportedAndTheFirstIsChecked() throws Exception {
        Path f = Files.writeString(dir.resolve("template.yaml"), TEMPLATE + "---\n" + TEMPLATE);
        ScanResult r = scan(f);
        assertEquals(List.of("HR101@6", "HR900@7"), rules(r));
        Finding second = r.findings().get(1);
        assertTrue(second.message().contains("second YAML document"), second.message());
    }
}
