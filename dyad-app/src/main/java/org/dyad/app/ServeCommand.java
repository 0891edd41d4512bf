package org.dyad.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.store.EventStore;
import org.dyad.store.StoreCounts;
import io.javalin.util.JavalinBindException;
import org.dyad.web.ServerOptions;
import org.dyad.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the REST API and the dashboard over an event store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the dashboard and the REST API (described at /api/openapi.json) over an event store.",
                "The store is opened read-only; the server has no endpoint that writes."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", defaultValue = "dyad.duckdb", paramLabel = "FILE",
            description = "the event store (default: ${DEFAULT-VALUE})")
    Path storeFile;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "the address to answer on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: all)")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--no-answer-cache", description = "answer every request from the store, even one asked "
            + "before (the store is read-only while served, so kept answers never go stale; this is for measuring)")
    boolean noAnswerCache;

    @Override
    public Integer call() throws InterruptedException {
        try (EventStore store = EventStore.open(storeFile, true, WebServer.WORKERS)) {
            serve(store, new ServerOptions(host, port, !noAnswerCache, null), () -> { });
        }
        return 0;
    }

    /**
     * Serves until the process is stopped (Ctrl-C). A stopped JVM runs its shutdown hooks and no
     * more of the main thread, so what must happen on the way out, {@code afterStop}, runs in the
     * hook, after the server has stopped.
     */
    static void serve(EventStore store, ServerOptions options, Runnable afterStop) throws InterruptedException {
        WebServer server = start(store, options);
        Thread warm = new Thread(store::warmRecords, "dyad-warm");
        warm.setDaemon(true);
        warm.start();
        StoreCounts counts = store.counts();
        String host = options.host();
        String shown = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
        System.err.printf("dyad: %d events from %d articles in %s%n", counts.events(), counts.articles(), store.name());
        System.out.printf("dyad: dashboard at http://%s:%d/  (API: /api/openapi.json; Ctrl-C stops)%n", shown,
                server.port());
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            afterStop.run();
            stopped.countDown();
        }, "dyad-stop"));
        stopped.await();
    }

    static WebServer start(EventStore store, ServerOptions options) {
        try {
            return WebServer.start(store, options);
        } catch (JavalinBindException e) {
            throw new IllegalArgumentException("port " + options.port() + " on " + options.host()
                    + " is in use: choose another with --port", e);
        }
    }
}
