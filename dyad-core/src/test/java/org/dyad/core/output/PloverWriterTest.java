package org.dyad.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dyad.core.model.ActorRef;
import org.dyad.core.model.Attribution;
import org.dyad.core.model.Event;
import org.dyad.core.model.Evidence;
import org.dyad.core.model.Plover;
import org.junit.jupiter.api.Test;

class PloverWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-10T12:00:00Z"), ZoneOffset.UTC);

    private static String write(Event... events) throws IOException {
        StringWriter s = new StringWriter();
        try (PloverWriter w = new PloverWriter(s, CLOCK)) {
            for (Event e : events) {
                w.write(e);
            }
        }
        return s.toString();
    }

    @Test
    void aConsultationIsAPloverRecordWithActorListsEventModeAndContext() throws IOException {
        Event e = new Event("ab12", "a", "a-0", 0, "Norway's government held talks with Sweden.", "2024-06-09",
                ActorRef.of("NORGOV", "NORWAY'S GOVERNMENT"), ActorRef.of("SWE", "SWEDEN"), "046", "04", 1, 7.0,
                new Plover("CONSULT", "", "diplomatic"), "asserted", new Evidence("HELD TALKS", "p", "v.yaml:3"), null)
                .withAttribution(new Attribution("a diplomat", null, true, false));

        JsonNode r = new ObjectMapper().readTree(write(e));

        assertThat(r.get("event").asText()).isEqualTo("CONSULT");
        assertThat(r.get("context").asText()).isEqualTo("diplomatic");
        assertThat(r.get("date").asText()).isEqualTo("2024-06-09");
        assertThat(r.get("source").get(0).get("code").asText()).isEqualTo("NOR");
        assertThat(r.get("source").get(0).get("sector").asText()).isEqualTo("GOV");
        assertThat(r.get("target").get(0).get("code").asText()).isEqualTo("SWE");
        assertThat(r.get("target").get(0).has("sector")).isFalse();
        assertThat(r.get("eventText").asText()).isEqualTo("held talks");
        assertThat(r.get("cameo").asText()).isEqualTo("046");
        assertThat(r.get("dateCoded").asText()).isEqualTo("2024-06-10");
        assertThat(r.get("attribution").get("anonymous").asBoolean()).isTrue();
    }

    @Test
    void statementsThatPloverDropsAreNotWritten() throws IOException {
        Event statement = new Event("cd34", "a", "a-1", 1, "Norway commented on Sweden.", "2024-06-09",
                ActorRef.of("NOR", "NORWAY"), ActorRef.of("SWE", "SWEDEN"), "010", "01", 1, 0.0, null, "asserted",
                null, null);

        assertThat(write(statement)).isEmpty();
    }
}
