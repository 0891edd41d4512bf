package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.coder.CodedEvent;
import org.dyad.core.coder.Modality;
import org.dyad.core.model.Article;
import org.dyad.core.model.Attribution;
import org.dyad.core.model.Event;
import org.dyad.core.model.EventFactory;
import org.dyad.core.output.JsonLinesWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {

    private static final EventFactory FACTORY = new EventFactory(CameoTable.standard());
    private static final ObjectMapper JSON = JsonLinesWriter.mapper();

    @TempDir
    Path dir;

    private EventStore store;

    @BeforeEach
    void open() {
        store = EventStore.open(dir.resolve("test.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** An event as the factory makes it from a coded triple: CAMEO's table gives root, QuadClass, Goldstein. */
    static Event event(Article a, int sentence, String text, String source, String sourceText, String target,
                       String targetText, String code, String verb, String date, Modality modality) {
        CodedEvent coded = new CodedEvent(source, target, code, sourceText, targetText, verb, verb + " [" + code + "]",
                "verbs.yaml:" + (10 + sentence), false, modality);
        return FACTORY.create(coded, a.id(), a.id() + "-" + sentence, sentence, text, date, Map.of());
    }

    private static final String TEXT_1 = "Egypt accused Ethiopia of breaking the accord on Monday.\n\n"
            + "The Ethiopian government rejected Egypt's claim, a spokesman said.";

    private static Article article1() {
        return new Article("a1", "https://example.org/a1", "Nile Wire", LocalDate.of(2025, 9, 8), "Accusations", TEXT_1);
    }

    private static List<Event> events1(Article a) {
        return List.of(
                event(a, 0, "Egypt accused Ethiopia of breaking the accord on Monday.", "EGY", "EGYPT", "ETH",
                        "ETHIOPIA", "112", "ACCUSED", "2025-09-08", Modality.ASSERTED),
                event(a, 1, "The Ethiopian government rejected Egypt's claim, a spokesman said.", "ETHGOV",
                        "THE ETHIOPIAN GOVERNMENT", "EGY", "EGYPT", "120", "REJECTED", "2025-09-08",
                        Modality.ASSERTED).withAttribution(new Attribution("a spokesman", null, true, false)));
    }

    private static Article article2() {
        return new Article("a2", null, "Horn Dispatch", LocalDate.of(2025, 10, 20), "Talks",
                "Kenya hosted talks between Egypt and Ethiopia. The United States may impose sanctions on Ethiopia.");
    }

    private static List<Event> events2(Article a) {
        return List.of(
                event(a, 0, "Kenya hosted talks between Egypt and Ethiopia.", "KEN", "KENYA", "EGY", "EGYPT", "042",
                        "HOSTED", "2025-10-20", Modality.ASSERTED),
                event(a, 1, "The United States may impose sanctions on Ethiopia.", "USA", "THE UNITED STATES", "ETHGOV",
                        "ETHIOPIA", "163", "IMPOSE SANCTIONS", "2025-10", Modality.HYPOTHETICAL));
    }

    private void fill() {
        assertThat(store.add(article1(), 2, events1(article1()))).isTrue();
        assertThat(store.add(article2(), 2, events2(article2()))).isTrue();
    }

    private static EventQuery query(String... pairs) {
        Map<String, List<String>> p = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            p.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return EventQuery.parse(p, Set.of());
    }

    private List<String> codes(EventQuery q) throws Exception {
        List<String> out = new ArrayList<>();
        for (String r : store.events(q, EventOrder.DATE, 1, 100).records()) {
            out.add(JSON.readTree(r).get("code").asText());
        }
        return out;
    }

    @Test
    void anArticleIsStoredOnceByIdUrlOrText() {
        fill();
        assertThat(store.counts()).isEqualTo(new StoreCounts(2, 4, store.counts().mentions()));
        Article a = article1();
        assertThat(store.add(a, 2, events1(a))).isFalse();
        Article sameUrl = new Article("other", a.url(), null, null, null, "different words entirely");
        assertThat(store.contains(sameUrl)).isTrue();
        Article sameText = new Article("again", null, null, null, null, "  " + TEXT_1.replace("\n\n", "\n   "));
        assertThat(store.add(sameText, 2, events1(sameText))).isFalse();
        Article fresh = new Article("new", null, null, null, null, "Something else happened.");
        assertThat(store.contains(fresh)).isFalse();
        assertThat(store.counts().articles()).isEqualTo(2);
        assertThat(store.counts().events()).isEqualTo(4);
    }

    @Test
    void aFailedArticleLeavesNothingBehind() {
        Article a = article1();
        List<Event> broken = new ArrayList<>(events1(a));
        Event good = broken.get(0);
        // an event without its article id breaks the NOT NULL rule after the article row is written
        broken.add(new Event(good.id() + "x", null, good.sentenceId(), 0, good.sentence(), good.date(), good.source(),
                good.target(), good.code(), good.rootCode(), good.quadClass(), good.goldstein(), good.plover(),
                good.modality(), good.evidence(), Map.of()));
        assertThatThrownBy(() -> store.add(a, 2, broken)).isInstanceOf(StoreException.class);
        assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0));
        assertThat(store.add(a, 2, events1(a))).isTrue();
    }

    @Test
    void theStoredRecordIsTheEventRecordOfDyadCode() throws Exception {
        fill();
        Event e = events1(article1()).get(0);
        StringWriter line = new StringWriter();
        try (JsonLinesWriter w = new JsonLinesWriter(line)) {
            w.write(e);
        }
        assertThat(store.event(e.id())).contains(line.toString().strip());
        List<Event> back = new ArrayList<>();
        store.forEach(query("article", "a1"), back::add);
        assertThat(back).containsExactlyElementsOf(events1(article1()));
    }

    @Test
    void filtersFollowCameoCodeStructure() throws Exception {
        fill();
        assertThat(codes(query("actor", "ETH"))).containsExactly("112", "120", "163");
        assertThat(codes(query("source", "eth"))).containsExactly("120");
        assertThat(codes(query("country", "KEN"))).containsExactly("042");
        assertThat(codes(query("agent", "GOV"))).containsExactly("120", "163");
        assertThat(codes(query("code", "04"))).containsExactly("042");
        assertThat(codes(query("root", "11,12"))).containsExactly("112", "120");
        assertThat(codes(query("quad_class", "4"))).containsExactly("163");
        assertThat(codes(query("quad_class", "1", "quad_class", "3"))).containsExactly("112", "120", "042");
        assertThat(codes(query("modality", "hypothetical"))).containsExactly("163");
        assertThat(codes(query("q", "SANCTIONS"))).containsExactly("163");
    }

    @Test
    void aMonthDatedEventCountsFromItsFirstDay() throws Exception {
        fill();
        assertThat(codes(query("from", "2025-10-01", "to", "2025-10-01"))).containsExactly("163");
        assertThat(codes(query("from", "2025-10-02"))).containsExactly("042");
        assertThat(codes(query("to", "2025-09-30"))).containsExactly("112", "120");
    }

    @Test
    void pagesAreDisjointAndCountTheWhole() throws Exception {
        fill();
        EventPage first = store.events(EventQuery.all(), EventOrder.GOLDSTEIN, 1, 3);
        EventPage second = store.events(EventQuery.all(), EventOrder.GOLDSTEIN, 2, 3);
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.records()).hasSize(3);
        assertThat(second.records()).hasSize(1);
        // CAMEO Goldstein: 163 embargo/sanctions -8.0 is the lowest of the four
        assertThat(JSON.readTree(first.records().get(0)).get("code").asText()).isEqualTo("163");
        assertThat(first.records()).doesNotContainAnyElementsOf(second.records());
    }

    @Test
    void theNetworkCountsDyadsWithTheirMeanGoldstein() {
        fill();
        Network n = store.network(EventQuery.all(), false, 10);
        assertThat(n.edges()).extracting(Network.Edge::source, Network.Edge::target)
                .contains(org.assertj.core.groups.Tuple.tuple("EGY", "ETH"),
                        org.assertj.core.groups.Tuple.tuple("ETHGOV", "EGY"));
        Network byCountry = store.network(EventQuery.all(), true, 10);
        Network.Edge usEth = byCountry.edges().stream().filter(e -> e.source().equals("USA")).findFirst().orElseThrow();
        assertThat(usEth.target()).isEqualTo("ETH");
        assertThat(usEth.events()).isEqualTo(1);
        assertThat(usEth.meanGoldstein()).isEqualTo(CameoTable.standard().lookup("163").orElseThrow().goldstein());
        assertThat(usEth.conflict()).isEqualTo(1);
        assertThat(byCountry.dyads()).isEqualTo(4);
        store.add(new Article("a3", null, null, LocalDate.of(2025, 10, 21), null, "The UN urged the African Union."),
                1, List.of(event(new Article("a3", null, null, null, null, "x"), 0, "The UN urged the African Union.",
                        "IGOUNO", "THE UN", "IGOAFRAFU", "THE AFRICAN UNION", "020", "URGED", "2025-10-21",
                        Modality.ASSERTED)));
        // organisations keep the three letters that say which: IGOUNO, not IGO
        assertThat(store.network(EventQuery.all(), true, 10).edges()).extracting(Network.Edge::source)
                .contains("IGOUNO");
        assertThat(store.network(EventQuery.all(), true, 1).edges()).hasSize(1);
        assertThat(store.network(EventQuery.all(), true, 1).dyads()).isEqualTo(5);
    }

    @Test
    void theTimeSeriesCountsByWeekFromMonday() {
        fill();
        List<TimeBucket> weeks = store.timeSeries(EventQuery.all(), Interval.WEEK);
        // 2025-09-08 is a Monday; 2025-10-01 (the month-dated event) lies in the week of 2025-09-29
        // accusing (112) and rejecting (120) are both verbal conflict; sanctions (163) material conflict
        assertThat(weeks).containsExactly(
                new TimeBucket(LocalDate.of(2025, 9, 8), 3, 2, -3.0),
                new TimeBucket(LocalDate.of(2025, 9, 29), 4, 1, -8.0),
                new TimeBucket(LocalDate.of(2025, 10, 20), 1, 1,
                        CameoTable.standard().lookup("042").orElseThrow().goldstein()));
        List<TimeBucket> months = store.timeSeries(EventQuery.all(), Interval.MONTH);
        assertThat(months).extracting(TimeBucket::period).containsOnly(LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 10, 1));
    }

    @Test
    void actorsAreCountedOnBothSides() {
        fill();
        List<ActorSummary> actors = store.actors(EventQuery.all(), null, 20);
        ActorSummary egypt = actors.stream().filter(a -> a.code().equals("EGY")).findFirst().orElseThrow();
        assertThat(egypt.asSource()).isEqualTo(1);
        assertThat(egypt.asTarget()).isEqualTo(2);
        assertThat(egypt.text()).isEqualTo("EGYPT");
        assertThat(store.actors(EventQuery.all(), "eth", 20)).extracting(ActorSummary::code)
                .containsExactly("ETHGOV", "ETH");
    }

    @Test
    void theArticleComesWithWhereEachPartOfItsEventsIsWritten() {
        fill();
        StoredArticle a = store.article("a1").orElseThrow();
        assertThat(a.text()).isEqualTo(TEXT_1);
        assertThat(a.events()).hasSize(2);
        Map<String, String> written = new java.util.HashMap<>();
        for (TextSpan s : a.spans()) {
            written.putIfAbsent(s.eventId() + "/" + s.role(), a.text().substring(s.start(), s.end()));
        }
        String second = events1(article1()).get(1).id();
        assertThat(written).containsEntry(second + "/source", "The Ethiopian government")
                .containsEntry(second + "/target", "Egypt")
                .containsEntry(second + "/verb", "rejected")
                .containsEntry(second + "/attribution", "a spokesman")
                .containsEntry(second + "/sentence",
                        "The Ethiopian government rejected Egypt's claim, a spokesman said.");
        assertThat(store.article("nope")).isEmpty();
    }

    @Test
    void parquetHoldsTheSelectedEvents() throws Exception {
        fill();
        Path file = dir.resolve("events.parquet");
        assertThat(store.exportParquet(query("actor", "ETH"), file)).isEqualTo(3);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet r = c.createStatement().executeQuery("SELECT count(*), min(code), max(goldstein), "
                     + "list_sort(list(DISTINCT source_country)) FROM read_parquet('" + file + "')")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(3);
            assertThat(r.getString(2)).isEqualTo("112");
            assertThat(r.getString(4)).isEqualTo("[EGY, ETH, USA]");
        }
    }

    @Test
    void aReadOnlyStoreRefusesWrites() {
        fill();
        store.close();
        try (EventStore ro = EventStore.open(dir.resolve("test.duckdb"), true, 2)) {
            assertThat(ro.counts().events()).isEqualTo(4);
            assertThatThrownBy(() -> ro.add(article1(), 1, List.of())).isInstanceOf(IllegalStateException.class);
        }
        store = EventStore.open(dir.resolve("test.duckdb"));
        assertThatThrownBy(() -> EventStore.open(dir.resolve("missing.duckdb"), true, 1))
                .hasMessageContaining("missing.duckdb");
    }

    @Test
    void aFileThatIsNotAStoreIsNamedInTheError() throws Exception {
        Path junk = dir.resolve("junk.duckdb");
        java.nio.file.Files.writeString(junk, "not a database at all");
        assertThatThrownBy(() -> EventStore.open(junk)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("junk.duckdb");
    }
}
