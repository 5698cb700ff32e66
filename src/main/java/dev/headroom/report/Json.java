package dev.headroom.report;

import com.fasterxml.jackson.core.JsonGenerator;
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
    private static final ObjectWriter WRITER;

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
        WRITER = writer(builder().build());
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
        write(WRITER, value, out);
    }

    static void write(ObjectWriter writer, Object value, Writer out) throws IOException {
        out.write(writer.writeValueAsString(value));
        out.write('\n');
    }
}
