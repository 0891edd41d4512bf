package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.ExceptionFailure;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.core.input.InputFormat;
import org.dyad.core.input.ReadOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that fails part way through writing is run again, and the output and the counts hold
 * each article once: Spark's commit protocol keeps the failed attempt's files out, and counts
 * only the successful attempt's accumulator updates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetriedTaskTest {

    private SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    void start() {
        spark = LocalSpark.session("local[2,2]"); // two threads, and a task may fail once
        // rows go to their files as they come instead of being sorted first, so the failing
        // attempt has written part of its output when it fails
        spark.conf().set("spark.sql.maxConcurrentOutputFileWriters", "8");
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndItsArticlesEventsAreWrittenOnce() {
        Path articles = SameEventsAsDyadCodeTest.ARTICLES;
        List<String> expected = new DyadCode().lines(articles, InputFormat.JSONL, ReadOptions.defaults());
        String out = dir.resolve("events").toString();
        CodingJob job = new CodingJob(JobSettings.of(List.of(articles.toString()), out).withArticlesPerTask(2));
        JobCounters counters = JobCounters.register(spark.sparkContext());
        FailedTasks failed = new FailedTasks();
        spark.sparkContext().addSparkListener(failed);

        // task 0 holds the first two articles and three events; its first attempt fails after one
        job.write(spark, job.code(job.inputs(spark), counters).mapPartitions(new FirstAttemptFails(0, 1), true));

        List<JsonNode> written = Events.canonical(
                spark.read().parquet(out).drop(EventTable.PUBLISHED).toJSON().collectAsList());
        assertThat(failed.awaitOne()).isEqualTo(1);
        assertThat(written).isEqualTo(Events.canonical(expected));
        assertThat(written).extracting(e -> e.path("id").asText()).doesNotHaveDuplicates();
        assertThat(counters.counts()).isEqualTo(new JobCounters.Counts(8, 23, expected.size(), 2));
    }

    /** Passes rows on, but the first attempt of one task throws after so many of them. */
    private record FirstAttemptFails(int partition, int after) implements FlatMapFunction<Iterator<Row>, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            TaskContext task = TaskContext.get();
            if (task.partitionId() != partition || task.attemptNumber() > 0) {
                return rows;
            }
            return new Iterator<>() {
                int passed;

                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    if (passed++ == after) {
                        throw new IllegalStateException("the first attempt of task " + partition + " fails here");
                    }
                    return rows.next();
                }
            };
        }
    }

    /** Counts tasks that ended in an exception; Spark tells listeners a moment after the job ends. */
    private static final class FailedTasks extends SparkListener {
        private final AtomicInteger failed = new AtomicInteger();

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.reason() instanceof ExceptionFailure) {
                failed.incrementAndGet();
            }
        }

        int awaitOne() {
            long until = System.nanoTime() + 10_000_000_000L;
            while (failed.get() == 0 && System.nanoTime() < until) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return failed.get();
        }
    }
}
