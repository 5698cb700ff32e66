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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON to the positioned tree with Jackson's streaming parser. It reads from a {@link StringReader} so that
 * columns count characters, not bytes, and rejects duplicate keys (CloudFormation would keep one silently).
 */
public final class JsonParser {

    private final String file;
    private final com.fasterxml.jackson.core.JsonParser p;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(YamlParser.MAX_DEPTH).build())
            .build();

    private JsonParser(String file, com.fasterxml.jackson.core.JsonParser p) {
        this.file = file;
        this.p = p;
    }

    public static Document parse(String file, String text) throws ParseException {
        try (com.fasterxml.jackson.core.JsonParser p = FACTORY.createParser(new StringReader(text))) {
            JsonParser jp = new JsonParser(file, p);
            JsonToken first = p.nextToken();
            if (first == null) return new Document(file, Syntax.JSON, null);
            Node root = jp.value(first);
            if (p.nextToken() != null) {
                throw new ParseException("JSON: unexpected content after the end of the document", jp.tokenStart());
            }
            return new Document(file, Syntax.JSON, root);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Source at = l == null ? Source.fileStart(file) : Source.at(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
            String message = firstLine(e.getOriginalMessage());
            if (message.contains("nesting depth")) message = "document nested more than " + YamlParser.MAX_DEPTH + " levels deep";
            throw new ParseException("JSON: " + message, at);
        } catch (IOException e) {
            throw new ParseException("JSON: " + firstLine(e.getMessage()), Source.fileStart(file));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "malformed JSON" : s.lines().findFirst().orElse(s);
    }

    private Node value(JsonToken t) throws IOException, ParseException {
        Source start = tokenStart();
        switch (t) {
            case START_OBJECT: {
                List<MapNode.Entry> entries = new ArrayList<>();
                Map<String, Integer> firstLine = new HashMap<>();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Source keySource = tokenRange();
                    Integer previous = firstLine.putIfAbsent(name, keySource.line());
                    if (previous != null) {
                        throw new ParseException("duplicate key '" + name + "' (first at line " + previous + ")", keySource);
                    }
                    Node v = value(p.nextToken());
                    entries.add(new MapNode.Entry(ScalarNode.string(name, keySource), v));
                }
                return new MapNode(entries, to(start));
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken i;
                while ((i = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (i == null) throw new ParseException("JSON: unexpected end of input in an array", tokenStart());
                    items.add(value(i));
                }
                return new ListNode(items, to(start));
            }
            case VALUE_STRING:
                return new ScalarNode(p.getText(), p.getText(), tokenRange());
            case VALUE_NUMBER_INT: {
                Object v = switch (p.getNumberType()) {
                    case INT, LONG -> p.getLongValue();
                    default -> p.getBigIntegerValue();
                };
                return new ScalarNode(v, p.getText(), tokenRange());
            }
            case VALUE_NUMBER_FLOAT:
                return new ScalarNode(p.getDoubleValue(), p.getText(), tokenRange());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new ScalarNode(t == JsonToken.VALUE_TRUE, p.getText(), tokenRange());
            case VALUE_NULL:
                return new ScalarNode(null, "", tokenRange());
            default:
                throw new ParseException("JSON: unexpected " + t, start);
        }
    }

    private Source tokenStart() {
        JsonLocation l = p.currentTokenLocation();
        return Source.at(file, l.getLineNr(), l.getColumnNr());
    }

    /** The current token, from its first character to the one after its last. */
    private Source tokenRange() {
        JsonLocation s = p.currentTokenLocation();
        JsonLocation e = p.currentLocation();
        return new Source(file, s.getLineNr(), s.getColumnNr(), e.getLineNr(), e.getColumnNr());
    }

    /** From {@code start} to just after the current (closing) token. */
    private Source to(Source start) {
        JsonLocation e = p.currentLocation();
        return new Source(file, start.line(), start.column(), e.getLineNr(), e.getColumnNr());
    }
}
