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
 * <p>SingleShotTime: each iteration is one complete load, timed on its own. The first warmup
 * iterations show the cold (interpreted / JIT-compiling) cost a fresh process sees; the measured
 * iterations the cost once the JIT has warmed up. File contents are in the OS page cache after the
 * first load, so the numbers are parsing and index building, not disk reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(3)
@Warmup(iterations = 4)
@Measurement(iterations = 6)
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
