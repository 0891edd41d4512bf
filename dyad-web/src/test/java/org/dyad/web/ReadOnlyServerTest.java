package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store served read-only, as dyad serve and dyad demo serve it. */
class ReadOnlyServerTest {

    @TempDir
    Path dir;

    private static HttpResponse<String> get(WebServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersRepeatFaithfullyErrorsAreNotKeptAndTheNoteIsShown() throws Exception {
        try (EventStore store = SampleStore.createReadOnly(dir.resolve("ro.duckdb"));
             WebServer server = WebServer.start(store, new ServerOptions("127.0.0.1", 0, true, "Invented data."))) {
            HttpResponse<String> first = get(server, "/api/events?actor=ETH&sort=date");
            HttpResponse<String> reordered = get(server, "/api/events?sort=date&actor=ETH");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(reordered.body()).isEqualTo(first.body());
            assertThat(get(server, "/api/events?actor=EGY").body()).isNotEqualTo(first.body());
            for (int i = 0; i < 2; i++) {
                assertThat(get(server, "/api/events?root=42").statusCode()).isEqualTo(400);
            }
            assertThat(get(server, "/api/summary").body()).contains("\"note\":\"Invented data.\"")
                    .contains("\"events\":5");
        }
    }
}
