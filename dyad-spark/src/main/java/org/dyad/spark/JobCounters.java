package org.dyad.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counts as Spark accumulators, shown live in Spark's UI under these names. They are
 * updated only in the stage that writes the events, whose tasks Spark counts once each: a task
 * that fails and is retried adds its counts once.
 *
 * @param skippedInputs JSON lines and files that could not be read as articles (reported in the
 *                      executors' logs with file and byte offset)
 */
public record JobCounters(LongAccumulator articles, LongAccumulator sentences, LongAccumulator events,
                          LongAccumulator skippedInputs) implements Serializable {

    /** The counts at a moment, read on the driver. */
    public record Counts(long articles, long sentences, long events, long skippedInputs) {
        @Override
        public String toString() {
            return articles + " articles, " + sentences + " sentences, " + events + " events, "
                    + skippedInputs + " inputs skipped";
        }
    }

    public static JobCounters register(SparkContext sc) {
        return new JobCounters(sc.longAccumulator("dyad articles"), sc.longAccumulator("dyad sentences"),
                sc.longAccumulator("dyad events"), sc.longAccumulator("dyad skipped inputs"));
    }

    public Counts counts() {
        return new Counts(articles.value(), sentences.value(), events.value(), skippedInputs.value());
    }
}
