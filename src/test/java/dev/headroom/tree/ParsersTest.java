package dev.headroom.tree;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.headroom.tree.TreeAssertions.assertRange;
import static dev.headroom.tree.TreeAssertions.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParsersTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void choosesTheSyntaxByExtensionAndTemplateContent() throws Exception {
        assertEquals(Syntax.JSON, Parsers.parse(write("a.json", "{\"a\": 1}")).syntax());
        assertEquals(Syntax.JSON, Parsers.parse(write("A.JSON", "{\"a\": 1}")).syntax());
        assertEquals(Syntax.YAML, Parsers.parse(write("a.yaml", "a: 1")).syntax());
        assertEquals(Syntax.YAML, Parsers.parse(write("a.yml", "{\"a\": 1}")).syntax());
        assertEquals(Syntax.JSON, Parsers.parse(write("a.template", "\n  {\"a\": 1}")).syntax());
        assertEquals(Syntax.YAML, Parsers.parse(write("b.template", "a: !Ref b")).syntax());
    }

    @Test
    void usesThePathAsGivenAsTheSourceFile() throws Exception {
        Path p = write("t.yaml", "a: 1");
        Document doc = Parsers.parse(p);
        assertEquals(p.toString(), doc.file());
        assertEquals(p.toString(), map(doc.root()).get("a").source().file());
    }

    @Test
    void aJsonFileThatIsNotJsonIsAnErrorNotRetriedAsYaml() throws Exception {
        Path p = write("c.json", "a: 1\n");
        assertThrows(ParseException.class, () -> Parsers.parse(p));
    }

    @Test
    void stripsTheBom() throws Exception {
        Document doc = Parsers.parse(write("bom.json", "\uFEFF{\"a\": 1}"));
        assertRange("1:1-1:9", doc.root());
    }

    @Test
    void malformedUtf8IsAParseErrorOnItsLine() throws Exception {
        Path p = write("bad.yaml", new byte[] {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xC3, '\n'});
        ParseException e = assertThrows(ParseException.class, () -> Parsers.parse(p));
        assertTrue(e.getMessage().startsWith("file is not valid UTF-8"), e.getMessage());
        assertEquals(2, e.source().line());
        assertEquals(p.toString(), e.source().file());
    }

    /**
     * The fast check accepts exactly what the strict decoder accepts, on every sequence of up to two bytes and on
     * longer ones made of the lead bytes and boundary bytes that table 3-7 of the Unicode standard turns on; what
     * it refuses goes to the decoder, which names the bad byte.
     */
    @Test
    void theWellFormedUtf8CheckAgreesWithTheStrictDecoder() {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int a = 0; a < 256; a++) {
            agrees(strict, a);
            for (int b = 0; b < 256; b++) agrees(strict, a, b);
        }
        int[] leads = {0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5};
        int[] edges = {0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff};
        for (int a : leads) {
            for (int b : edges) {
                for (int c : edges) {
                    agrees(strict, a, b, c);
                    for (int d : edges) agrees(strict, a, b, c, d);
                }
            }
        }
    }

    private static void agrees(CharsetDecoder strict, int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) bytes[i] = (byte) values[i];
        strict.reset();
        CoderResult result = strict.decode(ByteBuffer.wrap(bytes), CharBuffer.allocate(8), true);
        boolean accepted = !result.isError() && !strict.flush(CharBuffer.allocate(8)).isError();
        assertEquals(accepted, Parsers.isWellFormedUtf8(bytes), () -> java.util.HexFormat.of().formatHex(bytes));
    }

    @Test
    void aUtf8FileWithABomAndTextBeyondAsciiIsReadWithoutTheBom() throws Exception {
        Document doc = Parsers.parse(write("bom.yaml", "\uFEFFa: ünïcödé €𝄞\n"));
        assertEquals("ünïcödé €𝄞", ((ScalarNode) map(doc.root()).get("a")).value());
        assertRange("1:1-1:14", doc.root());
    }

    @Test
    void unreadableFilesAreParseErrorsAtLineOne() {
        Path missing = dir.resolve("missing.yaml");
        ParseException e = assertThrows(ParseException.class, () -> Parsers.parse(missing));
        assertEquals("cannot read file: it does not exist", e.getMessage());
        assertEquals(1, e.source().line());
        ParseException directory = assertThrows(ParseException.class, () -> Parsers.parse(dir));
        assertTrue(directory.getMessage().startsWith("cannot read file"), directory.getMessage());
    }
}
