package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.dyad.core.output.CsvWriter;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static EventStore store;
    private static WebServer server;

    @BeforeAll
    static void start() {
        store = SampleStore.create();
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static List<String> codes(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("events").forEach(e -> out.add(e.get("code").asText()));
        return out;
    }

    @Test
    void eventsAreFilteredSortedAndPaged() throws Exception {
        assertThat(json("/api/events").get("total").asLong()).isEqualTo(5);
        assertThat(codes(json("/api/events?actor=ETH&quad_class=3,4&sort=goldstein"))).containsExactly("163", "112",
                "112");
        assertThat(codes(json("/api/events?modality=hypothetical"))).containsExactly("163");
        assertThat(codes(json("/api/events?from=2025-10-01&to=2025-10-15&sort=date"))).containsExactly("163", "043");
        JsonNode page2 = json("/api/events?size=2&page=2&sort=date");
        assertThat(page2.get("total").asLong()).isEqualTo(5);
        assertThat(codes(page2)).containsExactly("163", "043");
        JsonNode record = json("/api/events?root=16").get("events").get(0);
        assertThat(record.get("source").get("code").asText()).isEqualTo("USA");
        assertThat(record.get("plover")).isNotNull();
        assertThat(json("/api/events/" + record.get("id").asText())).isEqualTo(record);
    }

    @Test
    void badParametersAreA400ThatNamesThem() throws Exception {
        for (String bad : List.of("/api/events?root=99", "/api/events?size=100000", "/api/events?page=0",
                "/api/events?from=13/01/2025", "/api/events?sort=random()", "/api/events?colour=red",
                "/api/network?by=planet", "/api/timeseries?interval=fortnight", "/api/actors?prefix=%27%3B",
                "/api/events?quad_class=9", "/api/events?actor=USA%27%20OR%201%3D1")) {
            HttpResponse<String> r = get(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(bad).isNotBlank();
        }
        assertThat(get("/api/events/none").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles/none").statusCode()).isEqualTo(404);
        assertThat(get("/api/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void oversizedRequestsAndWritesAreRefused() throws Exception {
        HttpResponse<String> huge = get("/api/events?q=" + "x".repeat(20_000));
        assertThat(huge.statusCode()).isIn(414, 431);
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/events")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(404, 405);
        HttpResponse<String> delete = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/articles/nile-1")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isIn(404, 405);
        assertThat(json("/api/summary").get("articles").asInt()).isEqualTo(3);
    }

    @Test
    void theNetworkHasDyadsWithCountsAndMeanGoldstein() throws Exception {
        JsonNode n = json("/api/network?by=country");
        JsonNode egyEth = null;
        for (JsonNode e : n.get("edges")) {
            if (e.get("source").asText().equals("EGY") && e.get("target").asText().equals("ETH")) {
                egyEth = e;
            }
        }
        assertThat(egyEth).isNotNull();
        assertThat(egyEth.get("events").asInt()).isEqualTo(2);
        assertThat(egyEth.get("mean_goldstein").asDouble()).isEqualTo(-2.0); // CAMEO 112, accuse
        assertThat(n.get("nodes").size()).isEqualTo(5);
    }

    @Test
    void theTimeSeriesIsByQuadClassAndPeriod() throws Exception {
        JsonNode t = json("/api/timeseries?interval=month");
        assertThat(t.get("interval").asText()).isEqualTo("month");
        long total = 0;
        for (JsonNode b : t.get("buckets")) {
            assertThat(b.get("period").asText()).endsWith("-01");
            total += b.get("events").asLong();
        }
        assertThat(total).isEqualTo(5);
    }

    @Test
    void theArticleComesWithSpansOfItsEvents() throws Exception {
        JsonNode a = json("/api/articles/nile-1");
        String text = a.get("text").asText();
        List<String> attributed = new ArrayList<>();
        for (JsonNode s : a.get("spans")) {
            if (s.get("role").asText().equals("attribution")) {
                attributed.add(text.substring(s.get("start").asInt(), s.get("end").asInt()));
            }
        }
        assertThat(attributed).containsExactly("a senior official");
        assertThat(a.get("events").size()).isEqualTo(2);
        assertThat(a.get("events").get(0).get("evidence").get("source").asText()).startsWith("verbs-test.yaml:");
    }

    @Test
    void exportsCarryTheSelection() throws Exception {
        HttpResponse<String> csv = get("/api/events.csv?actor=USA");
        assertThat(csv.statusCode()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", CsvWriter.COLUMNS));
        assertThat(lines).hasSize(2);
        HttpResponse<String> jsonl = get("/api/events.jsonl?country=EGY");
        assertThat(jsonl.body().strip().split("\n")).hasSize(3);
        HttpResponse<byte[]> parquet = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/events.parquet")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(parquet.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    }

    @Test
    void everyRouteIsDescribedByTheOpenApiDocument() throws Exception {
        JsonNode doc = json("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> documented = new ArrayList<>();
        for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
            documented.add(it.next());
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(EventApi.routes());
        for (String path : documented) {
            if (!path.contains("{")) {
                assertThat(get(path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void pagesMaySayWhatTheyRunAndNothingElse() throws Exception {
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(index.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(index.headers().firstValue("Server")).isEmpty();
        assertThat(get("/webjars/d3/7.9.0/dist/d3.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/chart.js/4.4.1/dist/chart.umd.js").statusCode()).isEqualTo(200);
    }
}
