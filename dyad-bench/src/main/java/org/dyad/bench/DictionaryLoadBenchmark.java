package org.dyad.bench;

import java.util.concurrent.TimeUnit;
import org.dyad.core.dictionary.Dictionaries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the full Phoenix dictionary set (CAMEO.2.0 verbs, the three Phoenix actor files, agents,
 * discards and issues) from disk into a {@link Dictionaries} value: what every {@code dyad code}
 * process pays once before coding its first sentence.
 *
 * <p>AverageTime over time-boxed iterations: loads run back to back and the score is the mean
 * time of one load once the JIT has warmed up (GC caused by the load included; a load allocates
 * about 130 MB). The first loads of a JVM take 150-500 ms and the time only settles after about
 * four seconds of loading, so single-shot iterations would need dozens of warmup shots; the
 * default warmup here is eight one-second iterations. The cold cost a fresh process pays for its
 * one load is therefore larger than the score: the first warmup iteration shows it roughly, and
 * docs/benchmarks.md ("Whole process") measures a whole run end to end. File contents sit in the
 * OS page cache after the first load, so the numbers are parsing and index building, not disk reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
public class DictionaryLoadBenchmark {

    private BenchFiles.PhoenixSet files;

    @Setup
    public void setup() {
        files = BenchFiles.phoenix();
    }

    @Benchmark
    public Dictionaries loadPhoenix() {
        return files.load();
    }
}
