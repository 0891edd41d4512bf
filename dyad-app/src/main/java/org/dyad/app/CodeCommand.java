package org.dyad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.coder.CodedEvent;
import org.dyad.core.coder.CoderOptions;
import org.dyad.core.coder.CodingResult;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.model.EventFactory;
import org.dyad.core.output.EventWriter;
import org.dyad.core.output.JsonLinesWriter;
import org.dyad.core.output.PetrarchTsvWriter;
import org.dyad.core.petrarch.PetrarchItem;
import org.dyad.core.petrarch.PetrarchRecord;
import org.dyad.core.petrarch.PetrarchXmlReader;
import org.dyad.core.tree.MalformedTreeException;
import org.dyad.core.tree.ParseTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: codes input and writes events. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles and write events (standard output by default). Exit status 1 when "
                + "a record could not be read or parsed; the rest is still coded.")
final class CodeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "input files")
    List<Path> inputs;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto|petrarch-xml (default: ${DEFAULT-VALUE})")
    String inputFormat;

    @Option(names = "--output-format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl|tsv (tsv is PETRARCH's tab-separated event format; default: ${DEFAULT-VALUE})")
    String outputFormat;

    @Option(names = "--output", paramLabel = "FILE", description = "write events here instead of standard output")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date for records that carry none")
    LocalDate date;

    @Mixin
    DictionaryOptions dictionaries;

    @Override
    public Integer call() throws IOException {
        for (Path input : inputs) {
            String format = inputFormat.toLowerCase(Locale.ROOT);
            if (format.equals("auto")) {
                format = input.toString().toLowerCase(Locale.ROOT).endsWith(".xml") ? "petrarch-xml" : format;
            }
            if (!format.equals("petrarch-xml")) {
                throw new IllegalArgumentException(input + ": input format '" + inputFormat
                        + "' is not supported yet; use --input-format petrarch-xml");
            }
        }
        dictionaries.resolve();
        // The dictionaries load while the first input is read: neither waits for the other.
        CompletableFuture<EventCoder> coder = CompletableFuture.supplyAsync(
                () -> new EventCoder(dictionaries.load(System.err)));
        EventFactory factory = new EventFactory(CameoTable.standard());
        Summary summary = new Summary();
        try (EventWriter writer = writer()) {
            for (Path input : inputs) {
                codePetrarch(input, coder, factory, writer, summary);
            }
        }
        summary.print();
        return summary.unreadable > 0 ? 1 : 0;
    }

    private EventWriter writer() throws IOException {
        Writer w = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        return switch (outputFormat.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> new JsonLinesWriter(w);
            case "tsv", "petrarch" -> new PetrarchTsvWriter(w);
            default -> throw new IllegalArgumentException("unknown output format '" + outputFormat + "' (jsonl|tsv)");
        };
    }

    @Option(names = "--threads", paramLabel = "N", description = "coding threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    /** One record's outcome, computed in parallel and written in input order. */
    private record Coded(PetrarchRecord record, CodingResult result, String brokenTree) {
    }

    private static final int BATCH = 256;

    private static EventCoder join(CompletableFuture<EventCoder> coder) {
        try {
            return coder.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Reads records as a stream and codes them in batches on the pool; results are written in
     * input order, and at most a few batches per thread are in flight, so memory stays bounded
     * whatever the size of the input.
     */
    private void codePetrarch(Path input, CompletableFuture<EventCoder> coderFuture, EventFactory factory,
                              EventWriter writer, Summary summary) throws IOException {
        Set<String> discardedStories = new HashSet<>();
        int workers = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "dyad-coder");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<List<Coded>>> pending = new ArrayDeque<>();
        // Options change between records (<Config>), so each record carries the options in force.
        CoderOptions[] options = {dictionaries.options()};
        List<PetrarchRecord> batch = new ArrayList<>(BATCH);
        List<CoderOptions> batchOptions = new ArrayList<>(BATCH);
        try {
            PetrarchXmlReader.stream(input, item -> {
                if (item instanceof PetrarchItem.Config c) {
                    options[0] = options[0].with(c.option(), c.value());
                } else if (item instanceof PetrarchItem.Malformed m) {
                    summary.unreadable++;
                    System.err.printf("%s:%d: record %s skipped: %s%n", m.file(), m.line(), m.id(), m.message());
                } else if (item instanceof PetrarchItem.Sentence s) {
                    batch.add(s.record());
                    batchOptions.add(options[0]);
                    if (batch.size() == BATCH) {
                        pending.add(submit(pool, join(coderFuture), List.copyOf(batch), List.copyOf(batchOptions)));
                        batch.clear();
                        batchOptions.clear();
                        while (pending.size() > 4 * workers) {
                            drain(pending.poll(), factory, writer, summary, discardedStories);
                        }
                    }
                }
            });
            if (!batch.isEmpty()) {
                pending.add(submit(pool, join(coderFuture), List.copyOf(batch), List.copyOf(batchOptions)));
            }
            while (!pending.isEmpty()) {
                drain(pending.poll(), factory, writer, summary, discardedStories);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
        writer.flush();
    }

    private void drain(Future<List<Coded>> batch, EventFactory factory, EventWriter writer, Summary summary,
                       Set<String> discardedStories) {
        try {
            for (Coded c : get(batch)) {
                write(c, factory, writer, summary, discardedStories);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Future<List<Coded>> submit(ExecutorService pool, EventCoder coder, List<PetrarchRecord> records,
                                       List<CoderOptions> options) {
        return pool.submit(() -> {
            List<Coded> out = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                PetrarchRecord r = records.get(i);
                try {
                    LocalDate when = r.date() == null ? date : r.date();
                    out.add(new Coded(r, coder.code(ParseTree.parse(r.parse()), r.text(), when, options.get(i)), null));
                } catch (MalformedTreeException e) {
                    out.add(new Coded(r, null, e.getMessage()));
                }
            }
            return out;
        });
    }

    private static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
        }
    }

    private void write(Coded c, EventFactory factory, EventWriter writer, Summary summary, Set<String> discardedStories)
            throws IOException {
        PetrarchRecord r = c.record();
        summary.sentences++;
        if (c.brokenTree() != null) {
            summary.unreadable++;
            System.err.printf("%s:%d: record %s skipped: broken parse tree: %s%n", r.file(), r.line(), r.id(),
                    c.brokenTree());
            return;
        }
        if (discardedStories.contains(r.storyId())) {
            summary.skip("storydiscard");
            return;
        }
        CodingResult result = c.result();
        if (result.problem() != null) {
            summary.skip(result.problem().kind());
            if (result.problem().kind().equals("storydiscard")) {
                discardedStories.add(r.storyId());
            }
            return;
        }
        LocalDate when = r.date() == null ? date : r.date();
        int index = parseIndex(r.id().substring(Math.min(r.id().length(), r.storyId().length() + 1)));
        for (CodedEvent e : result.events()) {
            writer.write(factory.create(e, r.storyId(), r.id(), index, r.text(), when, result.issues()));
            summary.events++;
        }
    }

    private static int parseIndex(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static final class Summary {
        int sentences;
        int events;
        int unreadable;
        final Map<String, Integer> skipped = new TreeMap<>();

        void skip(String why) {
            skipped.merge(why, 1, Integer::sum);
        }

        void print() {
            System.err.printf("dyad: %d sentences, %d events, %d unreadable records%s%n", sentences, events, unreadable,
                    skipped.isEmpty() ? "" : ", skipped " + skipped);
        }
    }
}
