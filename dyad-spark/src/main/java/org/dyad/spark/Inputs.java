package org.dyad.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.dyad.core.input.InputFormat;
import scala.Tuple2;

/**
 * Reads input from any Hadoop filesystem path (local, HDFS, S3, globs, comma-separated lists,
 * directories read recursively) and deals it into tasks of consecutive articles.
 */
final class Inputs {

    /** Upper bound on a task's articles: a failed task costs minutes to redo, not hours. */
    static final int MAX_ARTICLES_PER_TASK = 100;
    /** Lower bound on tasks per core, so that a slow last task leaves few cores idle. */
    static final int TASKS_PER_CORE = 16;

    private Inputs() {
    }

    /**
     * JSON lines are read line by line, so a file of any size is split across tasks; every other
     * format is read a whole file at a time, a file being one article (text, HTML) or many (a feed).
     */
    static JavaRDD<RawInput> read(SparkSession spark, List<String> paths, InputFormat format) {
        // dyad code reads directories recursively; so does the job
        if (format == InputFormat.JSONL) {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Configuration conf = new Configuration(sc.hadoopConfiguration());
            conf.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
            String joined = String.join(",", paths);
            JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                    sc.newAPIHadoopFile(joined, TextInputFormat.class, LongWritable.class, Text.class, conf);
            return lines.mapPartitionsWithInputSplit((split, it) -> {
                String file = ((FileSplit) split).getPath().toString();
                // one line at a time, not a split's worth in memory; Hadoop reuses one Text for
                // every line, so its bytes are copied; blank lines are passed over as dyad code does
                return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                        .filter(line -> !isBlank(line._2()))
                        .map(line -> new RawInput(file, line._1().get(), line._2().copyBytes()))
                        .iterator();
            }, true);
        }
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .load(paths.toArray(String[]::new))
                .select("path", "content")
                .toJavaRDD()
                .map(r -> new RawInput(r.getString(0), RawInput.WHOLE_FILE, r.getAs(1)));
    }

    private static boolean isBlank(Text line) {
        byte[] b = line.getBytes();
        for (int i = 0; i < line.getLength(); i++) {
            if (!Character.isWhitespace(b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same inputs in tasks of consecutive inputs: {@code perTask} articles a task on average
     * (0: at most {@value #MAX_ARTICLES_PER_TASK}, fewer where that makes {@value #TASKS_PER_CORE}
     * tasks per core), the tasks cut to equal sizes in bytes. Files are split by bytes, not by
     * articles, and a small corpus in one file would be one task on one core; consecutive, so that
     * a task's articles are mostly of one day and it writes one file, not one for every day it
     * holds; equal in bytes, because CoreNLP's time goes with the length of the text, and tasks of
     * equal length finish together instead of leaving cores idle behind the longest.
     */
    static JavaRDD<RawInput> inTasks(JavaRDD<RawInput> inputs, int perTask, int cores) {
        List<Size> sizes = inputs.mapPartitions(Inputs::size).collect();
        long count = sizes.stream().mapToLong(Size::inputs).sum();
        long weight = sizes.stream().mapToLong(Size::weight).sum();
        long wanted = perTask > 0 ? ceilDiv(count, perTask)
                : Math.max((long) TASKS_PER_CORE * cores, ceilDiv(count, MAX_ARTICLES_PER_TASK));
        int tasks = (int) Math.max(1, Math.min(wanted, count));
        double taskWeight = (double) weight / tasks;
        long[] first = new long[sizes.size()];
        for (int p = 1; p < first.length; p++) {
            first[p] = first[p - 1] + sizes.get(p - 1).weight();
        }
        // an input goes to the task its first byte falls in; the key is the task's number, and a
        // HashPartitioner sends a small non-negative Long to the partition of that number
        JavaRDD<Tuple2<Long, RawInput>> numbered = inputs.mapPartitionsWithIndex(
                (p, it) -> inTask(first[p], taskWeight, tasks, it), true);
        return JavaPairRDD.fromJavaRDD(numbered).partitionBy(new HashPartitioner(tasks)).values();
    }

    /** A partition's inputs and their weight: their bytes, and one more each, so that none weighs nothing. */
    record Size(long inputs, long weight) implements Serializable {
    }

    private static long weight(RawInput in) {
        return in.bytes().length + 1L;
    }

    private static Iterator<Size> size(Iterator<RawInput> it) {
        long n = 0;
        long weight = 0;
        while (it.hasNext()) {
            weight += weight(it.next());
            n++;
        }
        return List.of(new Size(n, weight)).iterator();
    }

    private static Iterator<Tuple2<Long, RawInput>> inTask(long first, double taskWeight, int tasks,
                                                           Iterator<RawInput> it) {
        return new Iterator<>() {
            long at = first;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Tuple2<Long, RawInput> next() {
                RawInput in = it.next();
                long task = Math.min(tasks - 1, (long) (at / taskWeight));
                at += weight(in);
                return new Tuple2<>(task, in);
            }
        };
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
