package org.dyad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.cameo.CameoCode;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.output.CsvWriter;
import org.dyad.core.output.EventWriter;
import org.dyad.core.output.JsonLinesWriter;
import org.dyad.store.EventOrder;
import org.dyad.store.EventPage;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.Interval;
import org.dyad.store.InvalidQueryException;
import org.dyad.store.StoreCounts;
import org.dyad.store.StoredArticle;

/**
 * The handlers of the REST API (described in {@code openapi.yaml}). Every parameter is checked
 * before the store sees it; a bad one is a 400 that names it.
 */
final class EventApi {

    static final int MAX_PAGE_SIZE = 500;
    static final int MAX_EXPORT = 1_000_000;
    private static final ObjectMapper JSON = WebServer.JSON;

    private final EventStore store;
    private final CameoTable cameo;

    private final String note;

    EventApi(EventStore store, CameoTable cameo, String note) {
        this.store = store;
        this.cameo = cameo;
        this.note = note;
    }

    String events(Context ctx) {
        EventQuery q = EventQuery.parse(ctx.queryParamMap(), Set.of("page", "size", "sort"));
        int page = intParam(ctx, "page", 1, 1, 1_000_000);
        int size = intParam(ctx, "size", 50, 1, MAX_PAGE_SIZE);
        EventOrder order = EventOrder.parse(ctx.queryParam("sort"));
        EventPage p = store.events(q, order, page, size);
        // records are the stored JSON event records, passed through as they are
        StringBuilder json = new StringBuilder(256 + 1024 * p.records().size());
        json.append("{\"total\":").append(p.total()).append(",\"page\":").append(p.page())
                .append(",\"size\":").append(p.size()).append(",\"events\":[");
        for (int i = 0; i < p.records().size(); i++) {
            json.append(i == 0 ? "" : ",").append(p.records().get(i));
        }
        json.append("]}");
        return json.toString();
    }

    String event(Context ctx) {
        return store.event(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no event with id " + ctx.pathParam("id")));
    }

    String actors(Context ctx) {
        EventQuery q = EventQuery.parse(ctx.queryParamMap(), Set.of("prefix", "limit"));
        String prefix = EventQuery.single(ctx.queryParamMap(), "prefix");
        if (prefix != null && !prefix.matches("[A-Za-z0-9-]{1,30}")) {
            throw new InvalidQueryException("parameter 'prefix': not an actor code prefix");
        }
        return json(Map.of("actors", store.actors(q, prefix, intParam(ctx, "limit", 100, 1, 1000))));
    }

    String network(Context ctx) {
        EventQuery q = EventQuery.parse(ctx.queryParamMap(), Set.of("by", "limit"));
        String by = EventQuery.single(ctx.queryParamMap(), "by");
        boolean byCountry;
        if (by == null || by.equals("actor")) {
            byCountry = false;
        } else if (by.equals("country")) {
            byCountry = true;
        } else {
            throw new InvalidQueryException("parameter 'by': '" + by + "' is not one of actor, country");
        }
        return json(store.network(q, byCountry, intParam(ctx, "limit", 150, 1, 2000)));
    }

    String timeSeries(Context ctx) {
        EventQuery q = EventQuery.parse(ctx.queryParamMap(), Set.of("interval"));
        Interval interval = Interval.parse(EventQuery.single(ctx.queryParamMap(), "interval"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("interval", interval.name().toLowerCase(java.util.Locale.ROOT));
        out.put("buckets", store.timeSeries(q, interval));
        return json(out);
    }

    String article(Context ctx) {
        StoredArticle a = store.article(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no article with id " + ctx.pathParam("id")));
        ObjectNode json = JSON.valueToTree(a);
        ArrayNode events = json.putArray("events");
        for (String record : a.events()) {
            events.add(readTree(record));
        }
        return json.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String record) {
        try {
            return JSON.readTree(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String summary(Context ctx) {
        StoreCounts counts = store.counts();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", counts.articles());
        out.put("events", counts.events());
        out.put("mentions", counts.mentions());
        if (note != null) {
            out.put("note", note);
        }
        return json(out);
    }

    String cameoCodes(Context ctx) {
        Map<String, Object> codes = new LinkedHashMap<>();
        for (CameoCode c : cameo.codes()) {
            codes.put(c.code(), c);
        }
        return json(Map.of("codes", codes));
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The selected events as a file: CSV (the columns of dyad code), JSON lines, or Parquet. */
    void export(Context ctx, String format) throws IOException {
        EventQuery q = EventQuery.parse(ctx.queryParamMap(), Set.of());
        switch (format) {
            case "csv" -> stream(ctx, "text/csv; charset=utf-8", "events.csv", CsvWriter::new, q);
            case "jsonl" -> stream(ctx, "application/x-ndjson", "events.jsonl", JsonLinesWriter::new, q);
            case "parquet" -> {
                Path tmp = Files.createTempFile("dyad-export", ".parquet");
                try {
                    store.exportParquet(q, tmp);
                    ctx.contentType("application/vnd.apache.parquet");
                    ctx.header("Content-Disposition", "attachment; filename=\"events.parquet\"");
                    ctx.result(Files.readAllBytes(tmp));
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            default -> throw new NotFoundResponse("no export format " + format);
        }
    }

    /** A writer over the response. */
    private interface WriterFactory {
        EventWriter over(Writer w) throws IOException;
    }

    private void stream(Context ctx, String type, String name, WriterFactory format, EventQuery q) throws IOException {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        EventWriter writer = format.over(out);
        int[] n = {0};
        store.forEach(q, e -> {
            if (n[0]++ < MAX_EXPORT) {
                try {
                    writer.write(e);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        });
        writer.flush();
    }

    /** An integer parameter within bounds, or its default; anything else is a 400. */
    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String v = EventQuery.single(ctx.queryParamMap(), name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the bounds
        }
        throw new InvalidQueryException("parameter '" + name + "': expected a whole number from " + min + " to "
                + max);
    }

    static List<String> routes() {
        return List.of("/api/events", "/api/events/{id}", "/api/actors", "/api/network", "/api/timeseries",
                "/api/articles/{id}", "/api/summary", "/api/cameo", "/api/events.csv", "/api/events.jsonl",
                "/api/events.parquet", "/api/openapi.json");
    }
}
