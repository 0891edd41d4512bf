package org.dyad.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import org.dyad.web.ServerOptions;
import org.dyad.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad demo}: codes the bundled sample articles into a fresh store and serves the
 * dashboard. The samples are the project's own invented wire reports (a fictional dispute over a
 * Nile dam, September to November 2025), not real news.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Code the bundled sample articles (invented wire reports of a fictional crisis) into a fresh "
                + "event store and serve the dashboard on it."})
final class DemoCommand implements Callable<Integer> {

    static final String ARTICLES = "demo/articles.jsonl";
    static final String NOTE = "Demo data: invented wire reports of a fictional crisis over a Nile dam "
            + "(September to November 2025), written for dyad's demo. They are not news.";

    @Option(names = "--store", paramLabel = "FILE",
            description = "keep the demo store in this file (replaced if it exists; default: a temporary file "
                    + "removed on exit)")
    Path storeFile;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS", description = "default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("dyad-demo");
        Path store = storeFile != null ? storeFile : work.resolve("demo.duckdb");
        Runnable cleanUp = () -> cleanUp(work, storeFile == null ? store : null);
        try {
            Files.deleteIfExists(store);
            try (EventStore events = EventStore.open(store)) {
                System.err.println("dyad: coding the sample articles into " + store + " (CoreNLP loads first)...");
                int status = ingest(events, work);
                if (status != 0) {
                    return status;
                }
            }
            // served read-only, as dyad serve does: nothing changes it while the dashboard shows it
            EventStore events = EventStore.open(store, true, WebServer.WORKERS);
            ServeCommand.serve(events, new ServerOptions(host, port, true, NOTE), () -> {
                events.close();
                cleanUp.run();
            });
            return 0;
        } finally {
            cleanUp.run();
        }
    }

    /** Removes the demo's temporary files, and its store when it was temporary too. */
    private static void cleanUp(Path work, Path temporaryStore) {
        try {
            if (temporaryStore != null) {
                Files.deleteIfExists(temporaryStore);
                Files.deleteIfExists(temporaryStore.resolveSibling(temporaryStore.getFileName() + ".wal"));
            }
            Files.deleteIfExists(work.resolve("articles.jsonl"));
            Files.deleteIfExists(work);
        } catch (IOException e) {
            System.err.println("dyad: could not remove " + work + ": " + e.getMessage());
        }
    }

    /** Codes the bundled articles into {@code store}, as {@code dyad ingest} would. */
    int ingest(EventStore store, Path work) throws IOException {
        Path articles = work.resolve("articles.jsonl");
        try (InputStream in = DemoCommand.class.getResourceAsStream(ARTICLES)) {
            if (in == null) {
                throw new IllegalStateException(ARTICLES + " is missing from the jar");
            }
            Files.copy(in, articles, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> args = new ArrayList<>(List.of("--input-format", "jsonl"));
        if (threads != null) {
            args.addAll(List.of("--threads", threads.toString()));
        }
        args.add(articles.toString());
        IngestCommand ingest = CommandLine.populateCommand(new IngestCommand(), args.toArray(String[]::new));
        return ingest.ingest(store);
    }
}
