package dev.headroom.read.sls;

import dev.headroom.read.ReadOptions;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.YamlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Random variable syntax, well-formed or not, in the places serverless.yml files put variables: the reader
 * must never throw (an exception would be an internal error of the scan). Seeded, so a failure reproduces.
 */
class VariablesFuzzTest {

    private static final String[] TOKENS = {"${", "}", "self:", "custom.", "a", "b", ",", "'", "\"", "(", ")", "file(",
            "./x.yml", "../y.yml", "opt:stage", "sls:stage", "env:X", "strToBool(", "param:p", ".", "0", "1", " ",
            "ssm:/", "[0]", "AWS::Region", ":"};

    @TempDir
    Path tmp;

    @Test
    void randomVariablesNeverThrow() throws Exception {
        Files.writeString(tmp.resolve("x.yml"), "a: ${self:custom.a}\nb: [1, 2]\n");
        Path file = tmp.resolve("serverless.yml");
        Random random = new Random(42);
        ReadOptions options = new ReadOptions(Map.of(), null, null, true, Map.of());
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 3000; i++) {
                String a = quoted(random);
                String b = quoted(random);
                String yaml = "service: f\nprovider:\n  name: aws\n  stage: " + b + "\ncustom:\n  a: " + a + "\n  b: " + b
                        + "\nparams:\n  default:\n    p: '${self:custom.b}'\nfunctions:\n  f:\n    handler: h\n    timeout: " + a
                        + "\n    events:\n      - sqs: " + b + "\nresources:\n  Resources:\n    Q:\n      Type: AWS::SQS::Queue\n"
                        + "      Properties:\n        VisibilityTimeout: '${self:custom.a}'\n";
                try {
                    ServerlessReader.read(YamlParser.parse(file.toString(), yaml), options, Map.of("X", "x"));
                } catch (ParseException e) {
                    // not YAML: the scan reports HR900, the reader is not involved
                }
            }
        });
    }

    private static String quoted(Random random) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(12); k >= 0; k--) b.append(TOKENS[random.nextInt(TOKENS.length)]);
        return "'" + b.toString().replace("'", "''") + "'";
    }
}
