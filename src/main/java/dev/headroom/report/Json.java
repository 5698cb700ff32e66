package dev.headroom.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;

/** The one JSON layout of all JSON outputs: 2-space indent, "\n" line ends whatever the platform, trailing newline. */
final class Json {

    private static final DefaultPrettyPrinter PRETTY;
    /** For writers that stream (no data binding, whose classes and serializers cost more than small reports). */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller owns the Writer
            .build();

    static {
        // Jackson's default indenter uses the platform line separator and writes "key" : value and "[ ]";
        // spell every separator out so the bytes are the same everywhere.
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        Separators seps = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        PRETTY = new DefaultPrettyPrinter().withSeparators(seps)
                .withObjectIndenter(indent).withArrayIndenter(indent);
    }

    /** Data binding, made on first use only: loading it is most of a small report's cost. */
    private static final class Bound {
        static final ObjectWriter WRITER = writer(builder().build());
    }

    private Json() {
    }

    /** A mapper builder with the settings every JSON output shares; callers add their own (mix-ins). */
    static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET) // the caller owns the Writer
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** {@code mapper}'s writer with the one layout. */
    static ObjectWriter writer(JsonMapper mapper) {
        return mapper.writer(PRETTY);
    }

    static void write(Object value, Writer out) throws IOException {
        write(Bound.WRITER, value, out);
    }

    /** A generator with the one layout; the caller writes the trailing newline after closing it. */
    static JsonGenerator generator(Writer out) throws IOException {
        return FACTORY.createGenerator(out).setPrettyPrinter(PRETTY.createInstance());
    }

    static void write(ObjectWriter writer, Object value, Writer out) throws IOException {
        out.write(writer.writeValueAsString(value));
        out.write('\n');
    }
}
