package org.dyad.spark;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Throughput of the whole job (read, deal into tasks, code, write Parquet) on a slice of a corpus
 * under Spark masters of different core counts, in one JVM: a first run under each master loads
 * CoreNLP and warms the JIT and is not counted, then the masters take turns, their order reversed
 * every run so that warming and drift favour none. Medians are reported: a shared machine is
 * noisy, and what the rest of the machine used is printed beside every run to show how noisy.
 */
@Command(name = "dyad-spark-bench", mixinStandardHelpOptions = true,
        description = "Articles per second of the Spark job under local[1] and local[2] (or other masters).")
public final class SparkBench implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FILE.jsonl", description = "JSON-lines articles "
            + "(default: ../shared/corpus/reuters21578.jsonl)")
    Path corpus = Path.of("../shared/corpus/reuters21578.jsonl");

    @Option(names = "--articles", defaultValue = "200", paramLabel = "N", description = "the slice: the corpus' first N "
            + "lines (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "R", description = "measured runs of each master "
            + "(default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]", paramLabel = "MASTER",
            description = "Spark masters to compare (default: ${DEFAULT-VALUE})")
    List<String> masters;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }

    /**
     * @param cores       process CPU time over wall time: what the JVM used, task threads, garbage
     *                    collection and compilation together
     * @param otherCores  what the rest of the machine used meanwhile (busy time in /proc/stat less
     *                    this JVM's), in cores; NaN where /proc/stat cannot be read
     */
    private record Run(String master, int run, double seconds, JobCounters.Counts counts, double load,
                       double peakHeapGb, double cores, double otherCores, double gcSeconds) {
        double articlesPerSecond() {
            return counts.articles() / seconds;
        }
    }

    @Override
    public Integer call() throws IOException {
        Path work = Files.createTempDirectory("dyad-spark-bench");
        Path slice = slice(work.resolve("slice.jsonl"));
        JobSettings settings = JobSettings.of(List.of(slice.toString()), work.resolve("events").toString())
                .withMode(SaveMode.Overwrite);
        System.out.printf("slice: first %d lines of %s; %d runs of each of %s after a warm-up run of each%n", articles,
                corpus, runs, masters);
        // not counted: the first run loads CoreNLP, and the compiler is still at work through the next
        for (String m : masters) {
            Run warmUp = run(m, 0, settings);
            System.out.printf("warm-up %-10s %6.1f s, %s%n", m, warmUp.seconds(), warmUp.counts());
        }
        System.gc(); // what stays: the models, the dictionaries, Spark's own
        System.out.printf("heap in use after a full collection: %.2f GB%n",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e9);
        Map<String, List<Run>> byMaster = new LinkedHashMap<>();
        masters.forEach(m -> byMaster.put(m, new ArrayList<>()));
        for (int r = 1; r <= runs; r++) {
            List<String> order = new ArrayList<>(masters);
            if (r % 2 == 0) {
                Collections.reverse(order);
            }
            for (String m : order) {
                Run run = run(m, r, settings);
                byMaster.get(m).add(run);
                System.out.printf("run %d %-10s %6.1f s  %6.2f articles/s  %7.1f sentences/s  cores used %.2f"
                                + "  by others %.2f  GC %4.1f s  peak heap %.2f GB  load %.2f%n", r, m, run.seconds(),
                        run.articlesPerSecond(), run.counts().sentences() / run.seconds(), run.cores(),
                        run.otherCores(), run.gcSeconds(), run.peakHeapGb(), run.load());
            }
        }
        System.out.printf("%nmedian of %d runs  articles/s  sentences/s  seconds%n", runs);
        double first = 0;
        for (Map.Entry<String, List<Run>> e : byMaster.entrySet()) {
            Run median = median(e.getValue());
            first = first == 0 ? median.articlesPerSecond() : first;
            System.out.printf("%-17s  %10.2f  %11.1f  %7.1f   (%.2fx %s)%n", e.getKey(), median.articlesPerSecond(),
                    median.counts().sentences() / median.seconds(), median.seconds(),
                    median.articlesPerSecond() / first, masters.get(0));
        }
        // runs side by side share the machine's moment: their ratios shrug off slow drift
        List<Run> base = byMaster.get(masters.get(0));
        for (String m : masters.subList(1, masters.size())) {
            List<Double> all = new ArrayList<>();
            List<Double> quiet = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                Run a = base.get(r);
                Run b = byMaster.get(m).get(r);
                double ratio = b.articlesPerSecond() / a.articlesPerSecond();
                all.add(ratio);
                if (a.otherCores() < QUIET && b.otherCores() < QUIET) {
                    quiet.add(ratio);
                }
            }
            System.out.printf("%s / %s run by run: %s, median %.2f%n", m, masters.get(0), rounded(all), medianOf(all));
            System.out.printf("  of them, runs while the rest of the machine used under %.2f cores: %s%s%n", QUIET,
                    rounded(quiet), quiet.isEmpty() ? "" : String.format(", median %.2f", medianOf(quiet)));
        }
        return 0;
    }

    /** The first lines of the corpus, as a file of its own: the job reads files, not lists. */
    private Path slice(Path to) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
             Stream<String> lines = in.lines()) {
            Files.write(to, lines.limit(articles).toList(), StandardCharsets.UTF_8);
        }
        return to;
    }

    private static Run run(String master, int number, JobSettings settings) {
        SparkSession spark = SparkSession.builder().master(master).appName("dyad-spark bench")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            double before = os.getSystemLoadAverage();
            long cpu = os.getProcessCpuTime();
            double busy = machineBusySeconds();
            long gc = gcMillis();
            long start = System.nanoTime();
            JobCounters.Counts counts = new CodingJob(settings).run(spark);
            double seconds = (System.nanoTime() - start) / 1e9;
            double ours = (os.getProcessCpuTime() - cpu) / 1e9;
            double others = (machineBusySeconds() - busy - ours) / seconds;
            double cores = ours / seconds;
            double gcSeconds = (gcMillis() - gc) / 1e3;
            double after = os.getSystemLoadAverage();
            double peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e9;
            return new Run(master, number, seconds, counts, (before + after) / 2, peak, cores, others, gcSeconds);
        } finally {
            spark.stop();
        }
    }

    /**
     * The heap's pools. Their peaks, reached at different moments, add up to a little more than
     * the heap's own peak: an upper bound, as dyad bench reports it.
     */
    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /**
     * CPU time all processes have used since boot, from the first line of /proc/stat: every
     * field but idle and I/O wait, in the kernel's usual 100 ticks a second.
     */
    private static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(f[i]);
            }
            return busy / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Time the collectors report; with the parallel collector, wall time paused, on all cores. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Below this much CPU used by other processes, a run counts as undisturbed. */
    private static final double QUIET = 0.25;

    private static List<String> rounded(List<Double> xs) {
        return xs.stream().map(x -> String.format("%.2f", x)).toList();
    }

    private static double medianOf(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Run median(List<Run> runs) {
        List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::articlesPerSecond)).toList();
        return sorted.get(sorted.size() / 2);
    }
}
