package org.dyad.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code dyad code} as a Spark job: read the inputs, deal them into tasks, code each on its
 * executor's pipeline, write the events by publication day. The stages are open to tests, which
 * put a failing step between coding and writing.
 */
public record CodingJob(JobSettings settings) {

    /** Runs the job and returns its counts. */
    public JobCounters.Counts run(SparkSession spark) {
        JobCounters counters = JobCounters.register(spark.sparkContext());
        write(spark, code(inputs(spark), counters));
        return counters.counts();
    }

    /** The inputs, in tasks of consecutive articles. */
    JavaRDD<RawInput> inputs(SparkSession spark) {
        JavaRDD<RawInput> raw = Inputs.read(spark, settings.inputs(), settings.format());
        return Inputs.inTasks(raw, settings.articlesPerTask(), spark.sparkContext().defaultParallelism());
    }

    /** Each input's events, as (publication day, JSON record) rows. */
    JavaRDD<Row> code(JavaRDD<RawInput> inputs, JobCounters counters) {
        return inputs.flatMap(new ArticleCoding(settings.pipeline(), settings.format(), settings.limits(), counters));
    }

    void write(SparkSession spark, JavaRDD<Row> coded) {
        EventTable.write(spark.createDataFrame(coded, EventTable.CODED), settings.outputFormat(), settings.output(),
                settings.mode());
    }
}
