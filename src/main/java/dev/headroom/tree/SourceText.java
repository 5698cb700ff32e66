package dev.headroom.tree;

import dev.headroom.model.Source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file to parse: UTF-8, strictly, within a size limit, without a byte-order mark. */
public final class SourceText {

    /** Larger files are refused before they are read into memory. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private SourceText() {
    }

    /** Reads UTF-8 text strictly (a malformed byte is a parse error, not a silent replacement). */
    public static String read(Path path) throws ParseException {
        String file = path.toString();
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new ParseException(String.format("file too large (%d bytes; the limit is %d)", size, MAX_FILE_BYTES),
                        Source.fileStart(file));
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ParseException("file is not valid UTF-8", Source.fileStart(file));
        } catch (IOException e) {
            throw new ParseException("cannot read file: " + e.getMessage(), Source.fileStart(file));
        }
    }
}
