package dev.headroom.report;

import de.jcup.sarif_2_1_0.SarifSchema210ImportExportSupport;
import de.jcup.sarif_2_1_0.model.Result;
import de.jcup.sarif_2_1_0.model.SarifSchema210;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.headroom.report.ReportFixtures.report;
import static dev.headroom.report.ReportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SARIF is sarif-java's model ({@link SarifSchema210}), written deterministically: none of the defaults the
 * generated model starts with leaks into the log, {@code level} is explicit on every result ("warning" too), and
 * the library reads every log we write back with the same results.
 */
class SarifModelTest {

    private static final List<String> GOLDEN = List.of("report-unit.sarif", "report-empty.sarif", "cdk-stage.sarif",
            "e2e-fixtures.sarif", "suppressed.sarif");

    @Test
    void theWriterBuildsTheLibrarysModel() {
        SarifSchema210 log = SarifWriter.log(report());
        List<Result> results = log.getRuns().get(0).getResults();
        assertFalse(results.isEmpty());
        assertTrue(results.stream().anyMatch(r -> r.getLevel() == Result.Level.WARNING));
        for (Result r : results) assertNotNull(r.getLevel(), r.getRuleId());
    }

    @Test
    void noModelDefaultLeaksIntoTheLog() throws IOException {
        for (String name : GOLDEN) {
            String text = golden(name);
            for (String leak : List.of("\"kind\": \"fail\"", "\"rank\"", "\"language\"", "\"charOffset\"", "\"byteOffset\"",
                    "\"index\"", "\"parentIndex\"", "\"enabled\"", "\"isComprehensive\"", "\"contents\"",
                    "\"newlineSequences\"", ": -1")) {
                assertFalse(text.contains(leak), name + " contains " + leak);
            }
        }
        String written = write(new SarifWriter(), report());
        assertFalse(written.contains(": -1"), written);
        assertFalse(written.contains("\"rank\""), written);
    }

    @Test
    void everyResultWritesItsLevelEvenWhenItIsTheSchemaDefault() throws IOException {
        String written = write(new SarifWriter(), report());
        Matcher m = Pattern.compile("\"ruleIndex\": \\d+,\\n\\s+\"level\": \"warning\"").matcher(written);
        assertTrue(m.find(), written);
    }

    @Test
    void theLibraryReadsBackWhatWeWrite() throws IOException {
        for (String name : GOLDEN) {
            String text = golden(name);
            SarifSchema210 read = new SarifSchema210ImportExportSupport().fromJSON(text);
            int results = read.getRuns().get(0).getResults().size();
            assertEquals(count(text, "\"ruleId\": "), results, name);
            for (Result r : read.getRuns().get(0).getResults()) {
                assertNotNull(r.getPartialFingerprints().getAdditionalProperties().get(SarifWriter.FINGERPRINT_KEY), name);
                assertFalse(r.getLocations().isEmpty(), name);
            }
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }

    private static String golden(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/golden", name), StandardCharsets.UTF_8);
    }
}
