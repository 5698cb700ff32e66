package dev.headroom.tree;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged input of every kind must end in a Document or a ParseException, nothing else. */
class MutationTest {

    private static final String YAML = """
            AWSTemplateFormatVersion: '2010-09-09'
            Globals: &g
              Function: {Timeout: 30, MemorySize: 0x100}
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  <<: *g
                  Handler: !Sub '${AWS::Region}-x'
                  Code: |
                    line "one"
                  Events: [!GetAtt Q.Arn, !Ref T, ~, 1.5e3]
            """;

    private static final String JSON = """
            {"Resources": {"Fn": {"Type": "AWS::Lambda::Function",
              "Properties": {"Timeout": 30, "Tags": [{"Key": "\\u00e9", "Value": null}], "X": -1.5e3}}}}
            """;

    private static final String ALPHABET = "{}[]:,-&*!|>'\"#%@`?\\ \t\n\r\uFEFF\u00e9<=0xe.";

    @Test
    void mutatedYamlAndJsonNeverThrowAnythingButParseException() {
        Random random = new Random(42);
        int documents = 0;
        for (int i = 0; i < 3000; i++) {
            String source = i % 2 == 0 ? YAML : JSON;
            String text = mutate(source, random);
            try {
                YamlParser.parse("m.yaml", text);
                documents++;
            } catch (ParseException e) {
                assertTrue(e.source().line() >= 1);
            }
            try {
                JsonParser.parse("m.json", text);
                documents++;
            } catch (ParseException e) {
                assertTrue(e.source().line() >= 1);
            }
        }
        assertTrue(documents > 0);
    }

    @Test
    void mergeOfANonMapIsAParseError() {
        ParseException e = org.junit.jupiter.api.Assertions.assertThrows(ParseException.class,
                () -> YamlParser.parse("m.yaml", "a: &a 1\nb:\n  <<: *a\n  c: 2\n"));
        assertEquals("Expected mapping node or an anchor referencing mapping", e.getMessage());
    }

    private static String mutate(String source, Random random) {
        StringBuilder text = new StringBuilder(source);
        int edits = 1 + random.nextInt(4);
        for (int k = 0; k < edits; k++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }
}
