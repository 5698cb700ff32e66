package dev.headroom.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
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

    private JsonParser(String file, String text, com.fasterxml.jackson.core.JsonParser jackson) {
        this.file = file;
        this.text = text;
        this.jackson = jackson;
    }

    /** Parses one JSON value; empty text gives a null root, anything after the value is an error. */
    public static Document parse(String file, String text) throws ParseException {
        Limits.checkLength(file, text);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (com.fasterxml.jackson.core.JsonParser jackson = FACTORY.createParser(new StringReader(body))) {
            JsonParser parser = new JsonParser(file, body, jackson);
            JsonToken first = jackson.nextToken();
            Node root = first == null ? null : parser.value(first, 1);
            if (jackson.nextToken() != null) {
                throw new ParseException("unexpected content after the JSON value", parser.start());
            }
            return new Document(file, Syntax.JSON, root);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Source source = at == null ? Source.fileStart(file) : Source.at(file, at.getLineNr(), at.getColumnNr());
            throw new ParseException(firstLine(e.getOriginalMessage()), source);
        } catch (IOException e) {
            throw new ParseException("cannot read JSON: " + firstLine(e.getMessage()), Source.fileStart(file));
        } catch (RuntimeException | StackOverflowError e) {
            throw new ParseException("invalid JSON: " + firstLine(e.getMessage()), Source.fileStart(file));
        }
    }

    private Node value(JsonToken token, int depth) throws IOException, ParseException {
        Source start = start();
        if (depth > Limits.MAX_DEPTH) {
            throw new ParseException("too deep: more than " + Limits.MAX_DEPTH + " levels of nesting", start);
        }
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

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) return "invalid JSON";
        return message.strip().split("\\R", 2)[0];
    }
}
