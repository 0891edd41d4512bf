package org.dyad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.coder.CodedEvent;
import org.dyad.core.coder.CoderOptions;
import org.dyad.core.coder.CodingResult;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.input.ArticleReader;
import org.dyad.core.input.InputFormat;
import org.dyad.core.input.InputProblem;
import org.dyad.core.input.ReadOptions;
import org.dyad.core.gazetteer.Gazetteer;
import org.dyad.core.model.Article;
import org.dyad.core.model.Event;
import org.dyad.core.model.EventFactory;
import org.dyad.core.output.CsvWriter;
import org.dyad.core.output.EventWriter;
import org.dyad.core.output.GdeltWriter;
import org.dyad.core.output.JsonLinesWriter;
import org.dyad.core.output.OneADayFilter;
import org.dyad.core.output.PloverWriter;
import org.dyad.core.output.PetrarchTsvWriter;
import org.dyad.core.petrarch.PetrarchItem;
import org.dyad.core.petrarch.PetrarchRecord;
import org.dyad.core.petrarch.PetrarchXmlReader;
import org.dyad.core.pipeline.ArticleCoder;
import org.dyad.core.pipeline.CodedArticle;
import org.dyad.core.tree.MalformedTreeException;
import org.dyad.core.tree.ParseTree;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.NlpOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: codes input and writes events. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code articles and write events (standard output by default).",
                "Inputs are files, directories (read recursively) or - for standard input. Raw text, HTML, "
                        + "JSON lines and RSS/Atom feeds are parsed with CoreNLP; PETRARCH XML comes parsed.",
                "Exit status 1 when some input could not be read; everything else is still coded."})
final class CodeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "files, directories, or - for standard input")
    List<String> inputs;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto|text|html|jsonl|rss|petrarch-xml (default: ${DEFAULT-VALUE}: by extension and content)")
    String inputFormat;

    @Option(names = "--output-format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl|csv|gdelt|tsv|plover (jsonl: the event record; gdelt: the GDELT 2.0 event table; "
                    + "tsv: PETRARCH's format; plover: PLOVER records; default: ${DEFAULT-VALUE})")
    String outputFormat;

    @Option(names = "--output", paramLabel = "FILE", description = "write events here instead of standard output")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for inputs that carry none")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", description = "show progress on standard error even when it is not a terminal")
    boolean progress;

    @Option(names = "--coref", description = "run CoreNLP's coreference (about half the throughput)")
    boolean coref;

    @Option(names = "--parser", defaultValue = "sr", paramLabel = "MODEL",
            description = "sr (shift-reduce, fast) or pcfg (CoreNLP's PCFG parser, slower; default: ${DEFAULT-VALUE})")
    String parser;

    @Option(names = "--max-article-chars", defaultValue = "1000000", paramLabel = "N",
            description = "longer articles are reported and skipped (default: ${DEFAULT-VALUE})")
    int maxArticleChars;

    @Option(names = "--asserted-only", description = "write only events reported as fact: drop the negated, "
            + "hypothetical and future ones")
    boolean assertedOnly;

    @Option(names = "--one-a-day", description = "one event per source, target, code and day across all "
            + "articles, with its mentions and articles counted (events are written when the run ends)")
    boolean oneADay;

    @Option(names = "--gazetteer", split = ",", paramLabel = "FILE",
            description = "GeoNames dump files (cities15000.txt, allCountries.txt) to place events with, "
                    + "besides the built-in countries and capitals")
    List<Path> gazetteers = List.of();

    @Mixin
    DictionaryOptions dictionaries;

    private Gazetteer gazetteer;

    /** The built-in gazetteer and the user's files, read once, on first use. */
    private synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            Gazetteer g = Gazetteer.builtIn();
            for (Path p : gazetteers) {
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

    private final Summary summary = new Summary();
    private OneADayFilter dailyFilter;
    private Progress progressLine;

    @Override
    public Integer call() throws IOException {
        InputFormat forced = InputFormat.parse(inputFormat);
        List<Source> sources = sources(forced);
        dictionaries.resolve();
        // Dictionaries and models load while the first input is read; nothing waits needlessly.
        CompletableFuture<EventCoder> coder = CompletableFuture.supplyAsync(
                () -> new EventCoder(dictionaries.load(System.err)));
        boolean needsNlp = sources.stream().anyMatch(s -> s.format() != InputFormat.PETRARCH_XML);
        CompletableFuture<CoreNlpParser> nlp = needsNlp
                ? CompletableFuture.supplyAsync(() -> new CoreNlpParser(nlpOptions())) : null;
        EventFactory factory = new EventFactory(CameoTable.standard());
        progressLine = new Progress(System.err, progress || System.console() != null);
        try (EventWriter writer = writer()) {
            for (Source s : sources) {
                if (s.format() == InputFormat.PETRARCH_XML) {
                    codePetrarch(s.path(), coder, factory, writer);
                } else {
                    codeArticles(s, coder, nlp, factory, writer);
                }
            }
            writer.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progressLine.done();
        summary.print();
        if (dailyFilter != null) {
            System.err.printf("dyad: one a day: %d events before, %d after%n", dailyFilter.received(),
                    dailyFilter.kept());
        }
        return summary.unreadable > 0 ? 1 : 0;
    }

    private NlpOptions nlpOptions() {
        NlpOptions o = NlpOptions.defaults().withCoref(coref);
        return switch (parser.toLowerCase(Locale.ROOT)) {
            case "sr" -> o;
            case "pcfg" -> new NlpOptions(NlpOptions.PCFG, o.coref(), o.maxSentenceTokens());
            default -> throw new IllegalArgumentException("--parser must be sr or pcfg, not '" + parser + "'");
        };
    }

    /** One input to read, in the format it will be read as; path null for standard input. */
    private record Source(Path path, InputFormat format) {
    }

    private List<Source> sources(InputFormat forced) {
        List<Source> out = new ArrayList<>();
        for (String in : inputs) {
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

    private EventWriter writer() throws IOException {
        EventWriter format = formatWriter();
        if (!oneADay) {
            return format;
        }
        OneADayFilter filter = new OneADayFilter(format);
        dailyFilter = filter;
        return filter;
    }

    private EventWriter formatWriter() throws IOException {
        Writer w = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        return switch (outputFormat.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> new JsonLinesWriter(w);
            case "csv" -> new CsvWriter(w);
            case "gdelt" -> new GdeltWriter(w, Clock.systemUTC());
            case "tsv", "petrarch" -> new PetrarchTsvWriter(w);
            case "plover" -> new PloverWriter(w, Clock.systemUTC());
            case "parquet" -> throw new IllegalArgumentException("Parquet output comes with the event store; "
                    + "use jsonl, csv, gdelt, tsv or plover");
            default -> throw new IllegalArgumentException("unknown output format '" + outputFormat
                    + "' (jsonl|csv|gdelt|tsv|plover)");
        };
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
                              EventFactory factory, EventWriter writer) {
        ReadOptions read = new ReadOptions(maxArticleChars, date);
        ArticleCoder[] articleCoder = {null};
        try (OrderedWork<CodedArticle> work = new OrderedWork<>(threads, 2 * Math.max(1, threads),
                done -> write(done, writer))) {
            java.util.function.Consumer<Article> onArticle = article -> {
                if (articleCoder[0] == null) {
                    articleCoder[0] = new ArticleCoder(join(nlp), join(coder), factory, dictionaries.options(),
                            gazetteer());
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

    private void write(CodedArticle done, EventWriter writer) {
        summary.articles++;
        if (done.article().date() == null) {
            summary.undated++;
        }
        summary.sentences += done.sentences();
        done.skipped().forEach((k, v) -> summary.skipped.merge(k, v, Integer::sum));
        try {
            for (Event e : done.events()) {
                if (kept(e)) {
                    writer.write(e);
                    summary.events++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progressLine.update(summary.articles, summary.sentences, summary.events);
    }

    // ---- PETRARCH XML ---------------------------------------------------------------------------

    /** One record's outcome, computed in parallel and written in input order. */
    private record Coded(PetrarchRecord record, CodingResult result, String brokenTree) {
    }

    private static final int BATCH = 256;

    /** Records are streamed and coded in batches; <Config> tags change the options of what follows. */
    private void codePetrarch(Path input, CompletableFuture<EventCoder> coderFuture, EventFactory factory,
                              EventWriter writer) {
        Set<String> discardedStories = new HashSet<>();
        CoderOptions[] options = {dictionaries.options()};
        List<PetrarchRecord> batch = new ArrayList<>(BATCH);
        List<CoderOptions> batchOptions = new ArrayList<>(BATCH);
        try (OrderedWork<List<Coded>> work = new OrderedWork<>(threads, 4 * Math.max(1, threads),
                coded -> coded.forEach(c -> write(c, factory, writer, discardedStories)))) {
            PetrarchXmlReader.stream(input, item -> {
                if (item instanceof PetrarchItem.Config c) {
                    options[0] = options[0].with(c.option(), c.value());
                } else if (item instanceof PetrarchItem.Malformed m) {
                    report(new InputProblem(m.file(), m.line(), "record " + m.id() + " skipped: " + m.message()));
                } else if (item instanceof PetrarchItem.Sentence s) {
                    batch.add(s.record());
                    batchOptions.add(options[0]);
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
        List<CoderOptions> options = List.copyOf(batchOptions);
        batch.clear();
        batchOptions.clear();
        work.submit(() -> {
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

    private void write(Coded c, EventFactory factory, EventWriter writer, Set<String> discardedStories) {
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
        LocalDate when = r.date() == null ? date : r.date();
        int index = parseIndex(r.id().substring(Math.min(r.id().length(), r.storyId().length() + 1)));
        try {
            for (CodedEvent e : result.events()) {
                Event event = factory.create(e, r.storyId(), r.id(), index, r.text(), when, result.issues());
                if (kept(event)) {
                    writer.write(event);
                    summary.events++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progressLine.update(summary.sentences, summary.sentences, summary.events);
    }

    private static int parseIndex(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private boolean kept(Event e) {
        if (assertedOnly && e.modality() != null && !e.modality().equals("asserted")) {
            summary.notAsserted++;
            return false;
        }
        return true;
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
