package org.dyad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.core.output.CsvWriter;
import org.dyad.core.output.EventWriter;
import org.dyad.core.output.JsonLinesWriter;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad export}: the stored events, or a selection of them, as Parquet, CSV or JSON lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write stored events as Parquet, CSV or JSON lines, all of them or those the filters select.",
                "Actor and event codes filter by prefix (--actor USA takes USAGOV too); list options take "
                        + "comma-separated values."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--store", defaultValue = "dyad.duckdb", paramLabel = "FILE",
            description = "the event store (default: ${DEFAULT-VALUE})")
    Path storeFile;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "FORMAT",
            description = "parquet|csv|jsonl (csv and jsonl as dyad code writes them; default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "the file to write (standard output for csv and "
            + "jsonl when absent)")
    Path output;

    @Option(names = "--actor", paramLabel = "CODE", description = "source or target code prefix") String actor;
    @Option(names = "--source", paramLabel = "CODE", description = "source code prefix") String source;
    @Option(names = "--target", paramLabel = "CODE", description = "target code prefix") String target;
    @Option(names = "--country", paramLabel = "ISO3", description = "source or target country") String country;
    @Option(names = "--agent", paramLabel = "CODE", description = "source or target agent (GOV, MIL...)") String agent;
    @Option(names = "--code", paramLabel = "CAMEO", description = "event code prefix") String code;
    @Option(names = "--root", paramLabel = "ROOTS", description = "event root codes, e.g. 14,18") String root;
    @Option(names = "--quad-class", paramLabel = "N", description = "QuadClasses 1-4, e.g. 3,4") String quadClass;
    @Option(names = "--modality", paramLabel = "M", description = "asserted, negated, hypothetical, future")
    String modality;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first day") String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last day") String to;
    @Option(names = "--text", paramLabel = "WORDS", description = "words the sentence contains") String text;
    @Option(names = "--article", paramLabel = "ID", description = "one article's events") String article;

    @Override
    public Integer call() throws IOException {
        EventQuery query = EventQuery.parse(parameters(), Set.of());
        String f = format.toLowerCase(Locale.ROOT);
        try (EventStore store = EventStore.open(storeFile, true, 1)) {
            long n;
            switch (f) {
                case "parquet" -> {
                    if (output == null) {
                        throw new IllegalArgumentException("Parquet is written to a file: add --output FILE.parquet");
                    }
                    n = store.exportParquet(query, output);
                }
                case "csv", "jsonl" -> n = writeText(store, query, f);
                default -> throw new IllegalArgumentException("unknown export format '" + format
                        + "' (parquet|csv|jsonl)");
            }
            System.err.printf("dyad: %d events exported%s%n", n, output == null ? "" : " to " + output);
        }
        return 0;
    }

    private long writeText(EventStore store, EventQuery query, String f) throws IOException {
        Writer w = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        long[] n = {0};
        try (EventWriter writer = f.equals("csv") ? new CsvWriter(w) : new JsonLinesWriter(w)) {
            store.forEach(query, e -> {
                try {
                    writer.write(e);
                    n[0]++;
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            writer.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n[0];
    }

    /** The filters as the API's parameters, so both are checked by the same rules. */
    private Map<String, List<String>> parameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "actor", actor);
        put(p, "source", source);
        put(p, "target", target);
        put(p, "country", country);
        put(p, "agent", agent);
        put(p, "code", code);
        put(p, "root", root);
        put(p, "quad_class", quadClass);
        put(p, "modality", modality);
        put(p, "from", from);
        put(p, "to", to);
        put(p, "q", text);
        put(p, "article", article);
        return p;
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (value != null) {
            p.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }
}
