package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.output.JsonLinesWriter;
import org.dyad.store.EventStore;
import org.dyad.store.InvalidQueryException;
import org.dyad.store.StoreException;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API and the dashboard over one event store, in one Javalin server.
 *
 * <p>The server only reads: there is no endpoint that changes the store. It answers on the
 * loopback interface unless told otherwise, with a bounded pool of workers and a bounded queue
 * (a flood is turned away with 503s rather than taking the machine), small request limits, and
 * headers that keep the dashboard's pages from running anything but their own scripts.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** Worker threads; each query holds one store connection while it runs. */
    public static final int WORKERS = 32;
    private static final int QUEUE = 1024;
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** The event record's conventions (snake_case, no nulls), dates as ISO strings. */
    static final ObjectMapper JSON = JsonLinesWriter.mapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code store} on {@code host:port} (port 0: any free port). */
    public static WebServer start(EventStore store, String host, int port) {
        return start(store, new ServerOptions(host, port, true, null));
    }

    /** Starts serving {@code store} as the options say. */
    public static WebServer start(EventStore store, ServerOptions options) {
        EventApi api = new EventApi(store, CameoTable.standard(), options.note());
        String openApi = openApiJson();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(JSON, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/dyad/web/public";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.http.maxRequestSize = 64 * 1024;
            config.jetty.threadPool = new QueuedThreadPool(WORKERS, 4, 60_000,
                    new BlockingArrayQueue<>(64, 64, QUEUE));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setRequestHeaderSize(16 * 1024);
            });
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        Answers answers = new Answers(options.keepAnswers() && store.readOnly());
        app.get("/api/events", answers.of(api::events));
        app.get("/api/events.csv", ctx -> api.export(ctx, "csv"));
        app.get("/api/events.jsonl", ctx -> api.export(ctx, "jsonl"));
        app.get("/api/events.parquet", ctx -> api.export(ctx, "parquet"));
        app.get("/api/events/{id}", answers.of(api::event));
        app.get("/api/actors", answers.of(api::actors));
        app.get("/api/network", answers.of(api::network));
        app.get("/api/timeseries", answers.of(api::timeSeries));
        app.get("/api/articles/{id}", answers.of(api::article));
        app.get("/api/summary", answers.of(api::summary));
        app.get("/api/cameo", answers.of(api::cameoCodes));
        app.get("/api/openapi.json", answers.of(ctx -> openApi));
        app.exception(InvalidQueryException.class, (e, ctx) ->
                ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.getMessage())));
        app.exception(StoreException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", "the event store failed this query"));
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.path().startsWith("/api/")) {
                String said = ctx.result();
                ctx.json(Map.of("error", said == null || said.isBlank() || said.startsWith("{")
                        ? "not found: " + ctx.path() : said));
            }
        });
        app.start(options.host(), options.port());
        return new WebServer(app);
    }

    /** The OpenAPI description, written as YAML in the sources and served as JSON. */
    static String openApiJson() {
        try (InputStream in = WebServer.class.getResourceAsStream("openapi.yaml")) {
            JsonNode doc = new YAMLMapper().readTree(in);
            return new ObjectMapper().writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml is part of the jar", e);
        }
    }

    /** The port the server answers on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
