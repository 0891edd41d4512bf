package org.dyad.app;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.input.ArticleReader;
import org.dyad.core.input.InputFormat;
import org.dyad.core.input.ReadOptions;
import org.dyad.core.model.Article;
import org.dyad.core.model.Event;
import org.dyad.core.model.EventFactory;
import org.dyad.core.output.JsonLinesWriter;
import org.dyad.core.pipeline.ArticleCoder;
import org.dyad.core.pipeline.CodedArticle;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.NlpOptions;
import edu.stanford.nlp.ling.CoreAnnotations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad bench}: end-to-end throughput from raw text to written events, against CoreNLP's
 * annotators alone on the same articles in the same run, so what dyad adds shows as a ratio.
 * Passes alternate (CoreNLP, dyad, CoreNLP, dyad, ...) after a warm-up, and medians are reported:
 * the machine is shared and noisy.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure end-to-end throughput (articles/s, sentences/s, events, peak heap) against "
                + "CoreNLP alone on the same text in the same run.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FILE.jsonl",
            description = "JSON-lines articles (default: ../shared/corpus/reuters21578.jsonl)")
    Path corpus;

    @Option(names = "--articles", defaultValue = "100", paramLabel = "N", description = "articles per pass (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "R", description = "measured passes of each (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--coref", description = "include coreference on both sides")
    boolean coref;

    @Mixin
    DictionaryOptions dictionaries;

    private record Pass(String what, int articles, long sentences, long events, double seconds) {
        double sentencesPerSecond() {
            return sentences / seconds;
        }

        double articlesPerSecond() {
            return articles / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        Path input = corpus != null ? corpus : Path.of("../shared/corpus/reuters21578.jsonl");
        if (!Files.exists(input)) {
            throw new IllegalArgumentException(input + " not found: name a JSON-lines corpus with --corpus");
        }
        List<Article> texts = new ArrayList<>();
        ArticleReader.read(input, InputFormat.JSONL, ReadOptions.defaults(), a -> {
            if (texts.size() < articles) {
                texts.add(a);
            }
        }, p -> { });
        long t0 = System.nanoTime();
        EventCoder coder = new EventCoder(dictionaries.load(System.err));
        double dictionarySeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        CoreNlpParser nlp = new CoreNlpParser(NlpOptions.defaults().withCoref(coref));
        double modelSeconds = (System.nanoTime() - t0) / 1e9;
        ArticleCoder articleCoder = new ArticleCoder(nlp, coder, new EventFactory(CameoTable.standard()),
                dictionaries.options());
        System.out.printf("corpus %s: %d articles per pass, %d threads, %d runs%s%n", input, texts.size(), threads,
                runs, coref ? ", with coreference" : "");
        System.out.printf("loading: dictionaries %.1f s, CoreNLP models %.1f s%n", dictionarySeconds, modelSeconds);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double firstEvent = dyadPass(pool, articleCoder, texts.subList(0, Math.min(20, texts.size())), true).seconds;
            System.out.printf("first event written %.1f s after the JVM started (warm-up pass follows)%n", firstEvent);
            corenlpPass(pool, nlp, texts); // warm-up of both sides, not counted
            List<Pass> baseline = new ArrayList<>();
            List<Pass> dyad = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                // alternate which side goes first, so warming and drift favour neither
                if (r % 2 == 0) {
                    baseline.add(corenlpPass(pool, nlp, texts));
                    dyad.add(dyadPass(pool, articleCoder, texts, false).pass);
                } else {
                    dyad.add(dyadPass(pool, articleCoder, texts, false).pass);
                    baseline.add(corenlpPass(pool, nlp, texts));
                }
                System.out.printf("run %d: CoreNLP alone %.1f sentences/s, dyad end to end %.1f sentences/s%n", r + 1,
                        baseline.get(r).sentencesPerSecond(), dyad.get(r).sentencesPerSecond());
            }
            Pass b = median(baseline);
            Pass d = median(dyad);
            System.out.printf("%nmedian of %d runs          articles/s  sentences/s   events%n", runs);
            System.out.printf("CoreNLP annotators alone  %10.2f  %11.1f  %7s%n", b.articlesPerSecond(),
                    b.sentencesPerSecond(), "-");
            System.out.printf("dyad end to end           %10.2f  %11.1f  %7d%n", d.articlesPerSecond(),
                    d.sentencesPerSecond(), d.events());
            System.out.printf("dyad / CoreNLP alone: %.1f%%%n", 100 * d.sentencesPerSecond() / b.sentencesPerSecond());
            System.out.printf("peak heap: %.2f GB (max %.2f GB)%n", peakHeap() / 1e9,
                    Runtime.getRuntime().maxMemory() / 1e9);
        } finally {
            pool.shutdownNow();
        }
        return 0;
    }

    private Pass corenlpPass(ExecutorService pool, CoreNlpParser nlp, List<Article> texts) throws Exception {
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (Article a : texts) {
            done.add(pool.submit(() -> nlp.annotate(a).get(CoreAnnotations.SentencesAnnotation.class).size()));
        }
        long sentences = 0;
        for (Future<Integer> f : done) {
            sentences += f.get();
        }
        return new Pass("corenlp", texts.size(), sentences, 0, (System.nanoTime() - start) / 1e9);
    }

    private record Timed(Pass pass, double seconds) {
    }

    /** A full dyad pass: parse, code, build and serialise every event (to nowhere). */
    private Timed dyadPass(ExecutorService pool, ArticleCoder coder, List<Article> texts, boolean untilFirstEvent)
            throws Exception {
        AtomicLong firstEventAt = new AtomicLong();
        JsonLinesWriter writer = new JsonLinesWriter(Writer.nullWriter());
        long start = System.nanoTime();
        List<Future<CodedArticle>> done = new ArrayList<>();
        for (Article a : texts) {
            done.add(pool.submit(() -> coder.code(a)));
        }
        long sentences = 0;
        long events = 0;
        for (Future<CodedArticle> f : done) {
            CodedArticle c = f.get();
            sentences += c.sentences();
            for (Event e : c.events()) {
                write(writer, e);
                events++;
                firstEventAt.compareAndSet(0, ManagementFactory.getRuntimeMXBean().getUptime());
            }
        }
        Pass p = new Pass("dyad", texts.size(), sentences, events, (System.nanoTime() - start) / 1e9);
        return new Timed(p, untilFirstEvent ? firstEventAt.get() / 1000.0 : p.seconds());
    }

    private static void write(JsonLinesWriter w, Event e) {
        try {
            w.write(e);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Pass median(List<Pass> passes) {
        List<Pass> sorted = new ArrayList<>(passes);
        Collections.sort(sorted, (a, b) -> Double.compare(a.sentencesPerSecond(), b.sentencesPerSecond()));
        return sorted.get(sorted.size() / 2);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
