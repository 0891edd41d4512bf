package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.store.ActorSummary;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.Interval;
import org.dyad.store.StoreCounts;
import org.dyad.store.TimeBucket;
import org.dyad.web.WebServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end: the bundled sample articles through CoreNLP and the default dictionaries
 * into a store, ingested twice, then served. What the demo must show is a network and a trend, so
 * the checks are about breadth (actors, weeks, both cooperation and conflict), not exact events.
 */
class DemoStoreTest {

    @TempDir
    static Path dir;

    private static Path storeFile;
    private static StoreCounts first;
    private static int articles;
    private static int status;

    @BeforeAll
    static void ingest() throws Exception {
        try (InputStream in = DemoCommand.class.getResourceAsStream(DemoCommand.ARTICLES)) {
            articles = (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).count();
        }
        storeFile = dir.resolve("demo.duckdb");
        try (EventStore store = EventStore.open(storeFile)) {
            status = new DemoCommand().ingest(store, dir);
            first = store.counts();
        }
    }

    @Test
    void everySampleArticleIsStoredWithEvents() {
        assertThat(status).isZero();
        assertThat(first.articles()).isEqualTo(articles);
        assertThat(first.events()).isGreaterThanOrEqualTo(100);
        try (EventStore store = EventStore.open(storeFile, true, 2)) {
            for (int i = 1; i <= articles; i++) {
                String id = String.format("demo-%03d", i);
                assertThat(store.article(id)).as(id).hasValueSatisfying(a -> assertThat(a.events()).isNotEmpty());
            }
        }
    }

    @Test
    void theStoryHasANetworkAndATrend() {
        try (EventStore store = EventStore.open(storeFile, true, 2)) {
            Set<String> roots = new HashSet<>();
            for (ActorSummary a : store.actors(EventQuery.all(), null, 1000)) {
                if (a.code().length() >= 3 && !a.code().startsWith("---")) {
                    roots.add(a.code().startsWith("IGO") ? a.code().substring(0, 6) : a.code().substring(0, 3));
                }
            }
            assertThat(roots).hasSizeGreaterThanOrEqualTo(12);
            List<TimeBucket> weeks = store.timeSeries(EventQuery.all(), Interval.WEEK);
            assertThat(weeks.stream().map(TimeBucket::period).distinct().count()).isGreaterThanOrEqualTo(6);
            assertThat(weeks).anySatisfy(b -> assertThat(b.quadClass()).isLessThanOrEqualTo(2))
                    .anySatisfy(b -> assertThat(b.quadClass()).isGreaterThanOrEqualTo(3));
            assertThat(store.network(EventQuery.all(), true, 500).edges()).hasSizeGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void ingestingTheSameArticlesAgainChangesNothing() throws Exception {
        try (EventStore store = EventStore.open(storeFile)) {
            assertThat(new DemoCommand().ingest(store, dir)).isZero();
            assertThat(store.counts()).isEqualTo(first);
        }
    }

    @Test
    void theServedStoreAnswersWithItsCounts() throws Exception {
        try (EventStore store = EventStore.open(storeFile, true, 4);
             WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/summary")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"articles\":" + first.articles()).contains("\"events\":" + first.events());
        }
    }
}
