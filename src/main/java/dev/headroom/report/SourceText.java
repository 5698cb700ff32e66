package dev.headroom.report;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lines of the files findings point into, for the source excerpt under each finding in text output. */
@FunctionalInterface
public interface SourceText {

    /** The file's lines without line ends, or null when it cannot be read (then no excerpt is shown). */
    List<String> lines(String file);

    /** Reads each file once, from disk, as UTF-8 (a malformed byte shows as U+FFFD, never fails the report). */
    static SourceText fromDisk() {
        Map<String, List<String>> cache = new HashMap<>();
        return file -> cache.computeIfAbsent(file, f -> {
            try {
                byte[] bytes = Files.readAllBytes(Path.of(f));
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                if (text.startsWith("\uFEFF")) text = text.substring(1);
                return splitLines(text);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
    }

    /**
     * {@code text}'s lines, split at {@code \r\n}, {@code \n} or {@code \r} as {@code split("\r?\n|\r", -1)} does
     * (a trailing empty line kept). Written out: the regular expression was a tenth of a corpus scan's time, on the
     * one thread that writes the report after the files are read.
     */
    static List<String> splitLines(String text) {
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return java.util.Collections.unmodifiableList(lines);
    }
}
