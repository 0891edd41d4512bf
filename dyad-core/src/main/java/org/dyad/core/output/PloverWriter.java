package org.dyad.core.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import org.dyad.core.model.ActorRef;
import org.dyad.core.model.Event;

/**
 * Events as PLOVER records, one JSON object per line, with the field names of the PLOVER
 * specification and its gold-standard records: {@code id}, {@code date}, {@code source} and
 * {@code target} as lists of actors ({@code actorText}, {@code code} the country or IGO root,
 * {@code sector} the first agent), {@code event}, {@code mode}, {@code context},
 * {@code eventText}, {@code text}, {@code language}, {@code coder}, {@code dateCoded}. dyad adds
 * {@code cameo}, {@code modality} and {@code attribution}, as PLOVER allows extension fields.
 * Events whose CAMEO code has no PLOVER category (the statements and appeals of roots 01 and 02,
 * which PLOVER drops) are not written.
 */
public final class PloverWriter implements EventWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Writer out;
    private final String dateCoded;

    public PloverWriter(Writer out, Clock clock) {
        this.out = out;
        this.dateCoded = LocalDate.now(clock).toString();
    }

    @Override
    public void write(Event e) throws IOException {
        if (e.plover() == null || e.plover().event() == null || e.plover().event().isBlank()) {
            return;
        }
        ObjectNode r = MAPPER.createObjectNode();
        r.put("id", e.id());
        r.put("date", e.date());
        r.set("source", actors(e.source()));
        r.set("target", actors(e.target()));
        r.put("event", e.plover().event());
        r.put("mode", e.plover().mode() == null ? "" : e.plover().mode());
        r.put("context", e.plover().context() == null ? "" : e.plover().context());
        r.put("eventText", e.evidence() == null ? "" : e.evidence().verb().toLowerCase(java.util.Locale.ROOT));
        r.put("text", e.sentence());
        r.put("language", "en");
        r.put("coder", "dyad");
        r.put("dateCoded", dateCoded);
        r.put("cameo", e.code());
        if (e.modality() != null) {
            r.put("modality", e.modality());
        }
        if (e.attribution() != null) {
            ObjectNode a = r.putObject("attribution");
            a.put("text", e.attribution().text());
            a.put("code", e.attribution().code());
            a.put("anonymous", e.attribution().anonymous());
        }
        out.write(MAPPER.writeValueAsString(r));
        out.write('\n');
    }

    /** PLOVER lists an actor per participant; an uncoded side is an empty list. */
    private static ArrayNode actors(ActorRef a) {
        ArrayNode list = MAPPER.createArrayNode();
        if (a == null || a.code() == null || a.code().startsWith("---") || a.code().startsWith("\"")) {
            return list;
        }
        ObjectNode n = list.addObject();
        n.put("actorText", a.text());
        n.put("code", a.country() != null ? a.country() : a.code());
        if (!a.agents().isEmpty()) {
            n.put("sector", a.agents().get(0));
        }
        return list;
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
