package dev.headroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HR902 per id: {@code ignore[HR102, HR303]} where only HR102 suppressed something reports HR303 alone, at the
 * comment's line, naming it; a comment none of whose ids suppressed anything is one HR902 for the whole comment.
 * The fixtures ({@code fixtures/suppress/partly-used-*}) pin lines and rules; this pins the messages and the fix.
 */
class UnusedSuppressionPerIdTest {

    private static final String DIR = "src/test/resources/fixtures/suppress/";

    private static List<JsonNode> unused(String file) throws Exception {
        CliTest.Run r = CliTest.run("scan", "--no-config", "--format", "json", DIR + file);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(r.out()).get("findings")) {
            if (f.get("ruleId").asText().equals("HR902")) out.add(f);
        }
        return out;
    }

    @Test
    void onlyTheIdThatSuppressedNothingIsReportedInEachFormat() throws Exception {
        for (String file : List.of("partly-used-cloudformation.yaml", "partly-used-sam.yaml", "partly-used-serverless.yml")) {
            List<JsonNode> found = unused(file);
            JsonNode partly = found.get(0);
            assertEquals("suppression ignore[HR102, HR303]: HR303 suppressed nothing; remove HR303 from it",
                    partly.get("message").asText(), file);
            assertFalse(partly.has("fix") && partly.get("fix").has("edits"),
                    file + ": removing the comment would also drop the HR102 that it suppresses: " + partly);
        }
    }

    @Test
    void aCommentWhollyUnusedIsOneFindingThatItsFixRemoves() throws Exception {
        List<JsonNode> found = unused("partly-used-cloudformation.yaml");
        assertEquals(2, found.size(), found.toString());
        JsonNode whole = found.get(1);
        assertEquals(22, whole.get("line").asInt());
        assertEquals("suppression ignore[HR102, HR303] suppressed nothing; remove it", whole.get("message").asText());
        assertTrue(whole.get("fix").has("edits"), whole.toString());
    }
}
