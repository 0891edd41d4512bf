package org.dyad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Event records compared as JSON values (field order and number formatting aside) in a canonical
 * order: by article, sentence and event id. Spark writes in no particular order.
 */
final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<JsonNode> CANONICAL = Comparator
            .comparing((JsonNode e) -> e.path("article_id").asText())
            .thenComparingInt(e -> e.path("sentence_index").asInt())
            .thenComparing(e -> e.path("id").asText());

    private Events() {
    }

    static List<JsonNode> canonical(Collection<String> lines) {
        return lines.stream().map(Events::parse).sorted(CANONICAL).toList();
    }

    static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
