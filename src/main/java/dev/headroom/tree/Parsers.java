package dev.headroom.tree;

import dev.headroom.model.Source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a file and parses it as JSON or YAML into the positioned tree. */
public final class Parsers {

    private Parsers() {
    }

    /**
     * Parses {@code path} as UTF-8: {@code .json} files as JSON, {@code .template} files as JSON
     * when they start with '{', everything else as YAML. A file is never retried in the other syntax.
     */
    public static Document parse(Path path) throws ParseException {
        return parse(path.toString(), readText(path));
    }

    /** Parses text read from {@code file}, choosing the syntax by the file's name as {@link #parse(Path)} does. */
    public static Document parse(String file, String text) throws ParseException {
        return isJson(file, text) ? JsonParser.parse(file, text) : YamlParser.parse(file, text);
    }

    /** The file's text: at most {@link Limits#MAX_BYTES}, strict UTF-8, without a BOM. */
    public static String readText(Path path) throws ParseException {
        String file = path.toString();
        return decode(file, read(path, file));
    }

    private static boolean isJson(String file, String text) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) return true;
        return name.endsWith(".template") && text.strip().startsWith("{");
    }

    private static byte[] read(Path path, String file) throws ParseException {
        try {
            long size = Files.size(path);
            if (size > Limits.MAX_BYTES) {
                throw new ParseException("file too large (" + size + " bytes; headroom reads files of at most "
                        + Limits.describeBytes() + ")", Source.fileStart(file));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ParseException("cannot read file: it does not exist", Source.fileStart(file));
        } catch (AccessDeniedException e) {
            throw new ParseException("cannot read file: permission denied", Source.fileStart(file));
        } catch (IOException e) {
            throw new ParseException("cannot read file: " + e.getMessage(), Source.fileStart(file));
        }
    }

    /**
     * Strict UTF-8 without a BOM; a malformed byte is reported on its line. UTF-16 (Windows editors and
     * PowerShell redirection write it), with or without a byte-order mark, is read as such: without a BOM its
     * NUL bytes are valid UTF-8, and the file would otherwise be read as garbage and skipped.
     */
    private static String decode(String file, byte[] bytes) throws ParseException {
        java.nio.charset.Charset utf16 = utf16(bytes);
        if (utf16 != null) return decode(file, bytes, utf16);
        if (isWellFormedUtf8(bytes)) {
            // the common case, decoded straight into the string (pure ASCII is a plain copy); a file with a
            // malformed byte takes the decoder below, which finds the byte to report
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        return decode(file, bytes, StandardCharsets.UTF_8);
    }

    /**
     * Whether the bytes are well-formed UTF-8 (the Unicode standard's table 3-7: no overlong form, no surrogate,
     * nothing above U+10FFFF, no cut sequence): exactly what the strict decoder accepts.
     */
    static boolean isWellFormedUtf8(byte[] bytes) {
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xff;
            int length;
            int low = 0x80;
            int high = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                length = 2;
            } else if (b >= 0xe0 && b <= 0xef) {
                length = 3;
                if (b == 0xe0) low = 0xa0;
                if (b == 0xed) high = 0x9f;
            } else if (b >= 0xf0 && b <= 0xf4) {
                length = 4;
                if (b == 0xf0) low = 0x90;
                if (b == 0xf4) high = 0x8f;
            } else {
                return false;
            }
            if (i + length > n) return false;
            int second = bytes[i + 1] & 0xff;
            if (second < low || second > high) return false;
            for (int k = 2; k < length; k++) {
                int next = bytes[i + k] & 0xff;
                if (next < 0x80 || next > 0xbf) return false;
            }
            i += length;
        }
        return true;
    }

    /** UTF-16LE or UTF-16BE when the bytes say so (a BOM, or ASCII text with every other byte NUL); else null. */
    static java.nio.charset.Charset utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) return StandardCharsets.UTF_16LE;
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) return StandardCharsets.UTF_16BE;
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) return null;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero * 10 >= pairs * 9 && evenZero * 10 <= pairs) return StandardCharsets.UTF_16LE;
        if (evenZero * 10 >= pairs * 9 && oddZero * 10 <= pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static String decode(String file, byte[] bytes, java.nio.charset.Charset charset) throws ParseException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            throw new ParseException("file is not valid " + charset.name() + " (byte " + (in.position() + 1) + ")",
                    Source.at(file, charset.equals(StandardCharsets.UTF_8) ? lineOf(bytes, in.position()) : 1, 1));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineOf(byte[] bytes, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }
}
