package org.dyad.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.coder.CodedEvent;
import org.dyad.core.coder.Modality;
import org.dyad.core.model.Article;
import org.dyad.core.model.Attribution;
import org.dyad.core.model.Event;
import org.dyad.core.model.EventFactory;
import org.dyad.store.EventStore;

/**
 * A small store for the server's tests: three articles whose events are made by the event
 * factory from coded triples, so roots, QuadClasses and Goldstein scores come from CAMEO's table.
 * One article carries markup in its title and text, as a hostile page would.
 */
final class SampleStore {

    static final String HOSTILE_TEXT = "<script>document.body.dataset.pwned='yes'</script> Egypt accused "
            + "<img src=x onerror=\"document.body.dataset.pwned='yes'\"> Ethiopia of lying.";

    private SampleStore() {
    }

    /** Article id, date, title, text; then per event: sentence index, source, its words, target, its words, code, verb. */
    private record Triple(int sentence, String source, String sourceText, String target, String targetText,
                          String code, String verb, Modality modality) {
    }

    static EventStore create() {
        EventStore store = EventStore.inMemory();
        fill(store);
        return store;
    }

    /** The sample in a file, opened again read-only as dyad serve opens a store. */
    static EventStore createReadOnly(java.nio.file.Path file) {
        try (EventStore store = EventStore.open(file)) {
            fill(store);
        }
        return EventStore.open(file, true, 4);
    }

    private static void fill(EventStore store) {
        EventFactory factory = new EventFactory(CameoTable.standard());
        add(store, factory, new Article("nile-1", "https://example.org/nile-1", "Nile Wire", LocalDate.of(2025, 9, 8),
                        "Egypt accuses Ethiopia",
                        "Egypt accused Ethiopia of breaking the accord.\n\nSudan urged Ethiopia to share data, "
                                + "a senior official said."),
                List.of(new Triple(0, "EGY", "EGYPT", "ETH", "ETHIOPIA", "112", "ACCUSED", Modality.ASSERTED),
                        new Triple(1, "SDN", "SUDAN", "ETH", "ETHIOPIA", "020", "URGED", Modality.ASSERTED)));
        add(store, factory, new Article("nile-2", null, "Horn Dispatch", LocalDate.of(2025, 10, 13),
                        "Sanctions threatened",
                        "The United States could impose sanctions on Ethiopia. Kenya hosted talks with Egypt."),
                List.of(new Triple(0, "USA", "THE UNITED STATES", "ETH", "ETHIOPIA", "163", "IMPOSE SANCTIONS",
                                Modality.HYPOTHETICAL),
                        new Triple(1, "KEN", "KENYA", "EGY", "EGYPT", "043", "HOSTED", Modality.ASSERTED)));
        add(store, factory, new Article("hostile", "javascript:alert(1)", "<b>Bad Outlet</b>",
                        LocalDate.of(2025, 10, 20), "<script>document.body.dataset.pwned='yes'</script>Title",
                        HOSTILE_TEXT),
                List.of(new Triple(0, "EGY", "EGYPT", "ETH", "ETHIOPIA", "112", "ACCUSED", Modality.ASSERTED)));
    }

    private static void add(EventStore store, EventFactory factory, Article a, List<Triple> triples) {
        String[] sentences = a.text().split("(?<=\\.)\\s+");
        List<Event> events = new ArrayList<>();
        for (Triple t : triples) {
            CodedEvent coded = new CodedEvent(t.source(), t.target(), t.code(), t.sourceText(), t.targetText(),
                    t.verb(), t.verb() + " [" + t.code() + "]", "verbs-test.yaml:" + (t.sentence() + 1), false,
                    t.modality());
            Event e = factory.create(coded, a.id(), a.id() + "-" + t.sentence(), t.sentence(),
                    sentences[t.sentence()], a.date(), Map.of());
            if (sentences[t.sentence()].contains("official said")) {
                e = e.withAttribution(new Attribution("a senior official", null, true, false));
            }
            events.add(e.withOutlet(a.outlet()));
        }
        store.add(a, sentences.length, events);
    }
}
