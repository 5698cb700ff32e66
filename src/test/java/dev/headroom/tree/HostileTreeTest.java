package dev.headroom.tree;

import dev.headroom.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files written to break the parsers: each is refused at its real line with a message that names the limit and
 * never quotes the file, or read whole. Large inputs are generated here, never committed.
 */
class HostileTreeTest {

    private static final String HEAD = """
            AWSTemplateFormatVersion: '2010-09-09'
            Resources:
              F:
                Type: AWS::Lambda::Function
                Properties:
                  Timeout: 3
            """;

    private static ParseException yamlError(String text) {
        return assertThrows(ParseException.class, () -> YamlParser.parse("t.yaml", text));
    }

    private static ParseException jsonError(String text) {
        return assertThrows(ParseException.class, () -> JsonParser.parse("t.json", text));
    }

    @Test
    void aNulByteIsReportedOnItsLine() {
        ParseException e = yamlError(HEAD + "      Description: a\0b\n");
        assertEquals(7, e.source().line(), e.getMessage());
        assertEquals(21, e.source().column());
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    }

    @Test
    void tenThousandLevelsOfNestingAreReportedWhereTheyCrossTheBound() {
        ParseException yaml = yamlError(HEAD + "      Description: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertEquals(7, yaml.source().line(), yaml.getMessage());
        assertTrue(yaml.getMessage().contains("more than " + Limits.MAX_DEPTH + " levels"), yaml.getMessage());
        ParseException block = yamlError(HEAD + blockNesting(300));
        assertTrue(block.source().line() > 7, "at the level that crosses the bound, got line " + block.source().line());

        ParseException json = jsonError("{\"Resources\": {\"F\": {\n\"Type\": \"AWS::Lambda::Function\",\n\"X\": "
                + "[".repeat(10_000) + "]".repeat(10_000) + "}}}");
        assertEquals(3, json.source().line(), json.getMessage());
    }

    private static String blockNesting(int levels) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < levels; i++) b.append(" ".repeat(i)).append("k:\n");
        return b.toString();
    }

    @Test
    void anOverlongNumberIsReportedOnItsLineWithoutItsDigits() {
        String digits = "9".repeat(2000);
        ParseException e = jsonError("{\n\"Resources\": {\n\"T\": " + digits + "}}");
        assertEquals(3, e.source().line(), e.getMessage());
        assertTrue(e.getMessage().contains("1000 digits"), e.getMessage());
        assertFalse(e.getMessage().contains("9999"), e.getMessage());
    }

    @Test
    void parserMessagesNeverQuoteTheFile() {
        String secret = "AKIAIOSFODNN7EXAMPLE";
        for (String json : new String[] {"{\"Resources\": " + secret + "}", "{\"a\": \"" + secret + "\" " + secret + "}",
                "[\"" + secret + "\"\n" + secret + "]", "{\"" + secret + "\": 1,}"}) {
            ParseException e = jsonError(json);
            assertFalse(e.getMessage().contains("AKIA"), e.getMessage());
        }
        for (String yaml : new String[] {"a: *" + secret + "\n", "a: \"" + secret + "\\q\"\n", "a: b: " + secret + "\n",
                "- " + secret + "\n" + secret + ": x\n", "a: !!int " + secret + "\n", "{" + secret + "\n"}) {
            ParseException e = yamlError(yaml);
            assertFalse(e.getMessage().contains("AKIA"), e.getMessage());
        }
    }

    @Test
    void aSecondYamlDocumentIsReportedNotDropped() throws Exception {
        Document doc = YamlParser.parse("t.yaml", HEAD + "---\n" + HEAD.replace("Timeout: 3", "Timeout: 1200"));
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        Problem p = doc.problems().get(0);
        assertEquals("HR900", p.ruleId());
        assertEquals(7, p.source().line());
        assertTrue(p.message().contains("second YAML document"), p.message());
        assertEquals(0, YamlParser.parse("t.yaml", "---\n" + HEAD + "...\n").problems().size(), "one document, marked");
    }

    @Test
    void aDocumentWithTooManyValuesIsRefusedWithTheLimitNotAsAnAliasBomb() {
        // a million and one list items: no alias at all
        String yaml = "a:\n" + "- 0\n".repeat((int) Limits.MAX_NODES + 1);
        ParseException e = yamlError(yaml);
        assertTrue(e.getMessage().contains("more than " + Limits.MAX_NODES + " values"), e.getMessage());
        assertFalse(e.getMessage().contains("alias"), e.getMessage());
        ParseException json = jsonError("{\"a\": [" + "0,\n".repeat((int) Limits.MAX_NODES) + "0]}");
        assertTrue(json.getMessage().contains("more than " + Limits.MAX_NODES + " values"), json.getMessage());
    }

    @Test
    void oneVeryLongYamlLineIsRefusedAtItsLineAndALongStringWithinTheBoundIsRead() throws Exception {
        ParseException e = yamlError(HEAD + "      Description: " + "a".repeat(Limits.MAX_YAML_LINE) + "\n");
        assertEquals(7, e.source().line());
        assertTrue(e.getMessage().contains(String.valueOf(Limits.MAX_YAML_LINE)), e.getMessage());

        String almost = "b".repeat(Limits.MAX_YAML_LINE - 40);
        for (String quoted : new String[] {almost, "'" + almost + "'", "\"" + almost + "\""}) {
            Document doc = YamlParser.parse("t.yaml", HEAD + "      Description: " + quoted + "\n");
            MapNode props = ((MapNode) doc.root()).getMap("Resources").getMap("F").getMap("Properties");
            assertEquals(almost, ((ScalarNode) props.get("Description")).text());
        }
    }

    @Test
    void theSizeLimitMessageSaysWhatTheLimitIs() {
        ParseException e = yamlError("a: " + "x".repeat(Limits.MAX_BYTES));
        assertTrue(e.getMessage().contains("16 MiB"), e.getMessage());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRead(@TempDir Path dir) throws Exception {
        String yaml = HEAD.replace("Timeout: 3", "Timeout: 1200") + "      Description: é\n";
        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Path f = Files.write(dir.resolve(charset.name() + ".yaml"), yaml.getBytes(charset));
            Document doc = Parsers.parse(f);
            MapNode props = ((MapNode) doc.root()).getMap("Resources").getMap("F").getMap("Properties");
            assertEquals(1200L, ((ScalarNode) props.get("Timeout")).value(), charset.name());
            assertEquals(6, props.get("Timeout").source().line());
        }
    }
}
