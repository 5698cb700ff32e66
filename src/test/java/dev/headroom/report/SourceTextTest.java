package dev.headroom.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written line splitter gives exactly the lines the regular expression it replaced gave. */
class SourceTextTest {

    private static List<String> byRegex(String text) {
        return List.of(text.split("\r?\n|\r", -1));
    }

    @Test
    void splitsLikeTheRegularExpression() {
        for (String text : new String[]{"", "a", "a\n", "a\r\nb", "a\rb\r", "\n\n", "\r\r\n\n", "a\r\n\r\nb\n", "x\n\r"}) {
            assertEquals(byRegex(text), SourceText.splitLines(text), () -> "for " + text.replace("\r", "\\r").replace("\n", "\\n"));
        }
        Random random = new Random(42);
        char[] alphabet = {'a', ' ', '\r', '\n', 'é'};
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) b.append(alphabet[random.nextInt(alphabet.length)]);
            String text = b.toString();
            assertEquals(byRegex(text), SourceText.splitLines(text), text);
        }
    }
}
