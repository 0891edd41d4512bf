package org.dyad.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.dyad.core.coder.CoderOptions;
import org.dyad.core.coder.CodingResult;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.petrarch.PetrarchItem;
import org.dyad.core.petrarch.PetrarchRecord;
import org.dyad.core.petrarch.PetrarchXmlReader;
import org.dyad.core.tree.MalformedTreeException;
import org.dyad.core.tree.ParseTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Coding the pre-parsed GigaWord sample with the Phoenix dictionaries, in sentences per second.
 * Dictionaries, coder and the sample's records are set up once per fork; each benchmark invocation
 * handles one batch of {@value #SENTENCES} sentences (the whole sample), so with
 * {@code @OperationsPerInvocation} the score is per sentence.
 *
 * <ul>
 *   <li>{@link #parseOnly}: {@link ParseTree#parse} of each sentence's bracketed parse, nothing else.
 *       The baseline: reading the trees.</li>
 *   <li>{@link #codeOnly}: {@link EventCoder#code} on trees parsed in setup: the coder alone.</li>
 *   <li>{@link #parseAndCode}: both, as {@code dyad code} does per sentence (without XML reading and
 *       output writing).</li>
 * </ul>
 *
 * <p>Every sentence is coded, also ones a story discard would make {@code dyad code} skip; the
 * options are {@link CoderOptions#defaults()} (the sample has no {@code <Config>} records).
 *
 * <p>The coder needs several seconds of running before the JIT has settled (on a 2-core machine
 * the first iterations can be 3-5 times slower), hence five two-second warmup iterations by
 * default; shorter command-line settings ({@code -wi 2}) can still be warming up when measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 4, time = 2)
public class CodingBenchmark {

    /**
     * Sentences per invocation: the number of {@code <Sentence>} records in GigaWord.sample.PETR.xml.
     * A sample of another size (-Ddyad.sample) is cycled through in batches of this many, so the
     * score stays per sentence.
     */
    static final int SENTENCES = 76;

    private EventCoder coder;
    private final CoderOptions options = CoderOptions.defaults();
    private String[] parses;
    private ParseTree[] trees;
    private String[] texts;
    private LocalDate[] dates;
    private int offset;

    @Setup
    public void setup() {
        coder = new EventCoder(BenchFiles.phoenix().load());
        Path sample = BenchFiles.sample();
        List<PetrarchRecord> records = new ArrayList<>();
        List<ParseTree> parsed = new ArrayList<>();
        int unreadable = 0;
        for (PetrarchItem item : PetrarchXmlReader.read(sample).items()) {
            if (item instanceof PetrarchItem.Sentence s) {
                try {
                    parsed.add(ParseTree.parse(s.record().parse()));
                    records.add(s.record());
                } catch (MalformedTreeException e) {
                    unreadable++; // dyad code skips these too
                }
            } else if (item instanceof PetrarchItem.Malformed) {
                unreadable++;
            }
        }
        if (records.isEmpty()) {
            throw new IllegalStateException(sample + " holds no readable <Sentence> records");
        }
        int n = records.size();
        parses = new String[n];
        trees = parsed.toArray(new ParseTree[0]);
        texts = new String[n];
        dates = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            PetrarchRecord r = records.get(i);
            parses[i] = r.parse();
            texts[i] = r.text();
            dates[i] = r.date();
        }
        describe(sample, unreadable);
    }

    /** One line on standard error, so a run shows the coder did real work on the sample. */
    private void describe(Path sample, int unreadable) {
        int events = 0;
        Map<String, Integer> failed = new TreeMap<>();
        for (int i = 0; i < trees.length; i++) {
            CodingResult r = coder.code(trees[i], texts[i], dates[i], options);
            if (r.problem() != null) {
                failed.merge(r.problem().kind(), 1, Integer::sum);
            } else {
                events += r.events().size();
            }
        }
        System.err.printf("%n[dyad-bench] %s: %d sentences (batch %d), %d events, not coded: %s%s%n",
                sample.getFileName(), trees.length, SENTENCES, events, failed,
                unreadable == 0 ? "" : "; " + unreadable + " unreadable records left out");
        if (trees.length != SENTENCES) {
            System.err.printf("[dyad-bench] sample size %d differs from the batch size %d: sentences are cycled%n",
                    trees.length, SENTENCES);
        }
    }

    /** First index of the next batch; stays 0 for the 76-sentence sample. */
    private int nextBatch() {
        int start = offset;
        offset = (offset + SENTENCES) % trees.length;
        return start;
    }

    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void parseOnly(Blackhole bh) {
        int n = parses.length;
        int start = nextBatch();
        for (int k = 0; k < SENTENCES; k++) {
            bh.consume(ParseTree.parse(parses[(start + k) % n]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void codeOnly(Blackhole bh) {
        int n = trees.length;
        int start = nextBatch();
        for (int k = 0; k < SENTENCES; k++) {
            int i = (start + k) % n;
            bh.consume(coder.code(trees[i], texts[i], dates[i], options));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void parseAndCode(Blackhole bh) {
        int n = parses.length;
        int start = nextBatch();
        for (int k = 0; k < SENTENCES; k++) {
            int i = (start + k) % n;
            bh.consume(coder.code(ParseTree.parse(parses[i]), texts[i], dates[i], options));
        }
    }
}
