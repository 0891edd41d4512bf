package org.dyad.core.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import org.dyad.core.model.Event;

/** The event record as JSON lines, field names in snake_case as DESIGN.md fixes them. */
public final class JsonLinesWriter implements EventWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final Writer out;

    public JsonLinesWriter(Writer out) {
        this.out = out;
    }

    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    @Override
    public void write(Event event) throws IOException {
        out.write(MAPPER.writeValueAsString(event));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
