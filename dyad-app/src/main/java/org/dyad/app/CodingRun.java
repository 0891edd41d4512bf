package org.dyad.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.coder.CodedEvent;
import org.dyad.core.coder.CoderOptions;
import org.dyad.core.coder.CodingResult;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.gazetteer.Gazetteer;
import org.dyad.core.input.ArticleReader;
import org.dyad.core.input.InputFormat;
import org.dyad.core.input.InputProblem;
import org.dyad.core.input.ReadOptions;
import org.dyad.core.model.Article;
import org.dyad.core.model.Event;
import org.dyad.core.model.EventFactory;
import org.dyad.core.petrarch.PetrarchItem;
import org.dyad.core.petrarch.PetrarchRecord;
import org.dyad.core.petrarch.PetrarchXmlReader;
import org.dyad.core.pipeline.ArticleCoder;
import org.dyad.core.pipeline.CodedArticle;
import org.dyad.core.tree.MalformedTreeException;
import org.dyad.core.tree.ParseTree;
import org.dyad.nlp.CoreNlpParser;

/**
 * One pass over the inputs: read, parse (CoreNLP for raw text), code, and hand each article's
 * kept events to the sink in input order, counting as it goes. Unreadable input is reported with
 * its file and line and the rest goes on.
 */
final class CodingRun {

    private final CodingOptions options;
    private final CodedSink sink;
    private final Summary summary = new Summary();
    /** Articles or records an earlier run has done: read past, not coded. */
    private final long skip;
    private long seen;
    private long done;
    private String lastStory;
    private Gazetteer gazetteer;
    private Progress progressLine;

    CodingRun(CodingOptions options, CodedSink sink) {
        this(options, sink, 0);
    }

    /** A run that goes on after the first {@code skip} articles or records of its input. */
    CodingRun(CodingOptions options, CodedSink sink, long skip) {
        this.options = options;
        this.sink = sink;
        this.skip = skip;
        this.done = skip;
    }

    /** Codes every input; the exit status: 1 when some input could not be read, else 0. */
    int run() throws IOException {
        InputFormat forced = InputFormat.parse(options.inputFormat);
        List<Source> sources = sources(forced);
        options.dictionaries.resolve();
        // Dictionaries and models load while the first input is read; nothing waits needlessly.
        CompletableFuture<EventCoder> coder = CompletableFuture.supplyAsync(
                () -> new EventCoder(options.dictionaries.load(System.err)));
        boolean needsNlp = sources.stream().anyMatch(s -> s.format() != InputFormat.PETRARCH_XML);
        CompletableFuture<CoreNlpParser> nlp = needsNlp
                ? CompletableFuture.supplyAsync(() -> new CoreNlpParser(options.nlpOptions())) : null;
        EventFactory factory = new EventFactory(CameoTable.standard());
        progressLine = new Progress(System.err, options.progress || System.console() != null);
        try {
            for (Source s : sources) {
                if (s.format() == InputFormat.PETRARCH_XML) {
                    codePetrarch(s.path(), coder, factory);
                } else {
                    codeArticles(s, coder, nlp, factory);
                }
            }
            sink.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progressLine.done();
        summary.print();
        return summary.unreadable > 0 ? 1 : 0;
    }

    /** The built-in gazetteer and the user's files, read once, on first use. */
    private synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            Gazetteer g = Gazetteer.builtIn();
            for (Path p : options.gazetteers) {
                try {
                    g.add(p, problem -> System.err.println("dyad: gazetteer line skipped: " + problem));
                } catch (IOException e) {
                    report(new InputProblem(p.toString(), 0, "gazetteer not read: " + e.getMessage()));
                }
            }
            gazetteer = g;
        }
        return gazetteer;
    }

    /** One input to read, in the format it will be read as; path null for standard input. */
    private record Source(Path path, InputFormat format) {
    }

    private List<Source> sources(InputFormat forced) {
        List<Source> out = new ArrayList<>();
        for (String in : options.inputs) {
            if (in.equals("-")) {
                out.add(new Source(null, forced));
                continue;
            }
            Path p = Path.of(in);
            if (!Files.exists(p)) {
                throw new IllegalArgumentException(in + ": no such file or directory");
            }
            List<Path> files = Files.isDirectory(p) ? ArticleReader.files(p) : List.of(p);
            for (Path f : files) {
                out.add(new Source(f, forced != null ? forced : InputFormat.detect(f)));
            }
        }
        return out;
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void report(InputProblem p) {
        summary.unreadable++;
        System.err.println(p);
    }

    // ---- raw text, HTML, JSON lines, feeds --------------------------------------------------

    private void codeArticles(Source s, CompletableFuture<EventCoder> coder, CompletableFuture<CoreNlpParser> nlp,
                              EventFactory factory) {
        ReadOptions read = new ReadOptions(options.maxArticleChars, options.date);
        ArticleCoder[] articleCoder = {null};
        int threads = options.threads;
        try (OrderedWork<CodedArticle> work = new OrderedWork<>(threads, 2 * Math.max(1, threads), this::write)) {
            Consumer<Article> onArticle = article -> {
                if (seen++ < skip) {
                    return;
                }
                if (!sink.wanted(article)) {
                    return;
                }
                if (articleCoder[0] == null) {
                    articleCoder[0] = new ArticleCoder(join(nlp), join(coder), factory,
                            options.dictionaries.options(), gazetteer());
                }
                ArticleCoder ac = articleCoder[0];
                work.submit(() -> ac.code(article));
            };
            if (s.path() == null) {
                ArticleReader.readStdin(System.in, s.format(), read, onArticle, this::report);
            } else {
                ArticleReader.read(s.path(), s.format(), read, onArticle, this::report);
            }
            work.finish();
        }
    }

    private void write(CodedArticle done) {
        summary.articles++;
        if (done.article().date() == null) {
            summary.undated++;
        }
        summary.sentences += done.sentences();
        done.skipped().forEach((k, v) -> summary.skipped.merge(k, v, Integer::sum));
        List<Event> kept = kept(done.events());
        try {
            sink.article(done, kept);
            sink.done(++this.done);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        summary.events += kept.size();
        progressLine.update(summary.articles, summary.sentences, summary.events);
    }

    // ---- PETRARCH XML ---------------------------------------------------------------------------

    /** One record's outcome, computed in parallel and written in input order. */
    private record Coded(PetrarchRecord record, CodingResult result, String brokenTree) {
    }

    private static final int BATCH = 256;

    /** Records are streamed and coded in batches; <Config> tags change the options of what follows. */
    private void codePetrarch(Path input, CompletableFuture<EventCoder> coderFuture, EventFactory factory) {
        Set<String> discardedStories = new HashSet<>();
        CoderOptions[] current = {options.dictionaries.options()};
        List<PetrarchRecord> batch = new ArrayList<>(BATCH);
        List<CoderOptions> batchOptions = new ArrayList<>(BATCH);
        int threads = options.threads;
        try (OrderedWork<List<Coded>> work = new OrderedWork<>(threads, 4 * Math.max(1, threads),
                coded -> coded.forEach(c -> write(c, factory, discardedStories)))) {
            PetrarchXmlReader.stream(input, item -> {
                if (item instanceof PetrarchItem.Config c) {
                    current[0] = current[0].with(c.option(), c.value());
                } else if (item instanceof PetrarchItem.Malformed m) {
                    report(new InputProblem(m.file(), m.line(), "record " + m.id() + " skipped: " + m.message()));
                } else if (item instanceof PetrarchItem.Sentence s && seen++ >= skip) {
                    batch.add(s.record());
                    batchOptions.add(current[0]);
                    if (batch.size() == BATCH) {
                        submit(work, join(coderFuture), batch, batchOptions);
                    }
                }
            });
            if (!batch.isEmpty()) {
                submit(work, join(coderFuture), batch, batchOptions);
            }
            work.finish();
        }
    }

    private void submit(OrderedWork<List<Coded>> work, EventCoder coder, List<PetrarchRecord> batch,
                        List<CoderOptions> batchOptions) {
        List<PetrarchRecord> records = List.copyOf(batch);
        List<CoderOptions> recordOptions = List.copyOf(batchOptions);
        batch.clear();
        batchOptions.clear();
        LocalDate fallback = options.date;
        work.submit(() -> {
            List<Coded> out = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                PetrarchRecord r = records.get(i);
                try {
                    LocalDate when = r.date() == null ? fallback : r.date();
                    out.add(new Coded(r, coder.code(ParseTree.parse(r.parse()), r.text(), when,
                            recordOptions.get(i)), null));
                } catch (MalformedTreeException e) {
                    out.add(new Coded(r, null, e.getMessage()));
                }
            }
            return out;
        });
    }

    /**
     * Hands a record over. Progress is reported at story boundaries only: a story discard found
     * in one record drops the rest of its story, so a resumed run must start at a story's first
     * record to code the story as an uninterrupted run would.
     */
    private void write(Coded c, EventFactory factory, Set<String> discardedStories) {
        try {
            String story = c.record().storyId();
            if (lastStory != null && !story.equals(lastStory)) {
                sink.done(done);
            }
            lastStory = story;
            handOver(c, factory, discardedStories);
            done++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handOver(Coded c, EventFactory factory, Set<String> discardedStories) {
        PetrarchRecord r = c.record();
        summary.sentences++;
        if (c.brokenTree() != null) {
            report(new InputProblem(r.file(), r.line(), "record " + r.id() + " skipped: broken parse tree: "
                    + c.brokenTree()));
            return;
        }
        if (discardedStories.contains(r.storyId())) {
            summary.skipped.merge("storydiscard", 1, Integer::sum);
            return;
        }
        CodingResult result = c.result();
        if (result.problem() != null) {
            summary.skipped.merge(result.problem().kind(), 1, Integer::sum);
            if (result.problem().kind().equals("storydiscard")) {
                discardedStories.add(r.storyId());
            }
            return;
        }
        LocalDate when = r.date() == null ? options.date : r.date();
        int index = parseIndex(r.id().substring(Math.min(r.id().length(), r.storyId().length() + 1)));
        List<Event> events = new ArrayList<>();
        for (CodedEvent e : result.events()) {
            events.add(factory.create(e, r.storyId(), r.id(), index, r.text(), when, result.issues()));
        }
        List<Event> kept = kept(events);
        try {
            sink.record(r, when, kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        summary.events += kept.size();
        progressLine.update(summary.sentences, summary.sentences, summary.events);
    }

    private static int parseIndex(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private List<Event> kept(List<Event> events) {
        if (!options.assertedOnly) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (e.modality() != null && !e.modality().equals("asserted")) {
                summary.notAsserted++;
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static final class Summary {
        long articles;
        long sentences;
        long events;
        long undated;
        long notAsserted;
        int unreadable;
        final Map<String, Integer> skipped = new TreeMap<>();

        void print() {
            System.err.printf("dyad: %d articles, %d sentences, %d events, %d inputs unreadable%s%n", articles,
                    sentences, events, unreadable, skipped.isEmpty() ? "" : ", sentences not coded " + skipped);
            if (notAsserted > 0) {
                System.err.printf("dyad: %d negated, hypothetical or future events left out (--asserted-only)%n",
                        notAsserted);
            }
            if (undated > 0) {
                System.err.printf("dyad: %d articles had no date (none in the input and no --date): their events "
                        + "carry none, and date-restricted actor codes fell back to their defaults%n", undated);
            }
        }
    }
}
