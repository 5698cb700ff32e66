package dev.headroom.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.headroom.model.Source;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses JSON (CloudFormation templates, CDK synth output) into the positioned tree with Jackson's
 * streaming parser. It reads from a Reader so that columns count characters, not bytes.
 */
public final class JsonParser {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    // our own, located depth check fires first; Jackson's is the backstop
                    .maxNestingDepth(Limits.MAX_DEPTH * 2)
                    .maxStringLength(Limits.MAX_BYTES)
                    .build())
            .build();

    private final String file;
    private final String text;
    private final com.fasterxml.jackson.core.JsonParser jackson;
    private long values;

    private JsonParser(String file, String text, com.fasterxml.jackson.core.JsonParser jackson) {
        this.file = file;
        this.text = text;
        this.jackson = jackson;
    }

    /** Parses one JSON value; empty text gives a null root, anything after the value is an error. */
    public static Document parse(String file, String text) throws ParseException {
        Limits.checkLength(file, text);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        com.fasterxml.jackson.core.JsonParser jackson = null;
        try {
            jackson = FACTORY.createParser(new StringReader(body));
            JsonParser parser = new JsonParser(file, body, jackson);
            JsonToken first = jackson.nextToken();
            Node root = first == null ? null : parser.value(first, 1);
            if (jackson.nextToken() != null) {
                throw new ParseException("unexpected content after the JSON value", parser.start());
            }
            return new Document(file, Syntax.JSON, root);
        } catch (StreamConstraintsException e) {
            // no location of its own: where the parser stopped
            throw new ParseException(constraint(e), jackson == null ? Source.fileStart(file) : at(file, jackson.currentLocation()));
        } catch (JsonProcessingException e) {
            throw new ParseException(LibraryMessages.fixed(e.getOriginalMessage(), "invalid JSON"), at(file, e.getLocation()));
        } catch (IOException e) {
            throw new ParseException("cannot read JSON", Source.fileStart(file));
        } catch (RuntimeException | StackOverflowError e) {
            throw new ParseException("invalid JSON: " + LibraryMessages.fixed(e.getMessage(), "cannot be read"),
                    Source.fileStart(file));
        } finally {
            close(jackson);
        }
    }

    private static void close(com.fasterxml.jackson.core.JsonParser jackson) {
        try {
            if (jackson != null) jackson.close();
        } catch (IOException e) {
            // reading from a string: nothing to release
        }
    }

    private static Source at(String file, JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? Source.fileStart(file) : Source.at(file, at.getLineNr(), Math.max(1, at.getColumnNr()));
    }

    /** Jackson's limits, stated as ours: the message names the limit, not the value. */
    private static String constraint(StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.startsWith("Number value length")) {
            return "number longer than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits; headroom reads numbers of at most that length";
        }
        if (m.contains("nesting depth")) return Limits.tooDeep(null).getMessage();
        return "value beyond headroom's limits: " + LibraryMessages.fixed(m, "too large");
    }

    private Node value(JsonToken token, int depth) throws IOException, ParseException {
        Source start = start();
        if (depth > Limits.MAX_DEPTH) throw Limits.tooDeep(start);
        if (++values > Limits.MAX_NODES) throw Limits.tooManyValues(start);
        return switch (token) {
            case START_OBJECT -> object(start, depth);
            case START_ARRAY -> array(start, depth);
            case VALUE_STRING -> ScalarNode.string(jackson.getText(), stringSource(start));
            case VALUE_NUMBER_INT -> scalar(integer(), start);
            case VALUE_NUMBER_FLOAT -> scalar(jackson.getDoubleValue(), start);
            case VALUE_TRUE -> scalar(Boolean.TRUE, start);
            case VALUE_FALSE -> scalar(Boolean.FALSE, start);
            case VALUE_NULL -> new ScalarNode(null, "", spanning(start, 4));
            default -> throw new ParseException("unexpected " + token.asString(), start);
        };
    }

    private MapNode object(Source start, int depth) throws IOException, ParseException {
        MapBuilder entries = new MapBuilder();
        for (JsonToken t = jackson.nextToken(); t != JsonToken.END_OBJECT; t = jackson.nextToken()) {
            ScalarNode key = ScalarNode.string(jackson.currentName(), stringSource(start()));
            entries.add(key, value(jackson.nextToken(), depth + 1));
        }
        return entries.build(through(start));
    }

    private ListNode array(Source start, int depth) throws IOException, ParseException {
        List<Node> items = new ArrayList<>();
        for (JsonToken t = jackson.nextToken(); t != JsonToken.END_ARRAY; t = jackson.nextToken()) {
            items.add(value(t, depth + 1));
        }
        return new ListNode(items, through(start));
    }

    private Number integer() throws IOException {
        return jackson.getNumberType() == com.fasterxml.jackson.core.JsonParser.NumberType.BIG_INTEGER
                ? jackson.getBigIntegerValue() : (Number) jackson.getLongValue();
    }

    /** Numbers and booleans: Jackson's text is the token as written. */
    private ScalarNode scalar(Object value, Source start) throws IOException {
        String raw = jackson.getText();
        return new ScalarNode(value, raw, spanning(start, raw.length()));
    }

    /** Where the current token starts (1-based line and column). */
    private Source start() {
        JsonLocation at = jackson.currentTokenLocation();
        return Source.at(file, at.getLineNr(), at.getColumnNr());
    }

    /** From {@code start} to just after the current (closing) token. */
    private Source through(Source start) {
        JsonLocation end = jackson.currentTokenLocation();
        return new Source(file, start.line(), start.column(), end.getLineNr(), end.getColumnNr() + 1);
    }

    private Source spanning(Source start, int length) {
        return new Source(file, start.line(), start.column(), start.line(), start.column() + length);
    }

    /**
     * A string token's range, quotes included, measured in the source text so that escapes
     * ({@code \u00e9}) count as written. A JSON string cannot span lines.
     */
    private Source stringSource(Source start) throws IOException {
        long offset = jackson.currentTokenLocation().getCharOffset();
        if (offset < 0 || offset >= text.length() || text.charAt((int) offset) != '"') {
            return spanning(start, jackson.getText().length() + 2);
        }
        int i = (int) offset + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return spanning(start, i + 1 - (int) offset);
    }
}
