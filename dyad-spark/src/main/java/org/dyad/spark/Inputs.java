package org.dyad.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
    static final int TASKS_PER_CORE = 8;

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
                List<RawInput> out = new ArrayList<>();
                while (it.hasNext()) {
                    Tuple2<LongWritable, Text> line = it.next();
                    // Hadoop reuses one Text for every line: its bytes are copied, and blank lines
                    // are passed over as dyad code passes over them
                    if (!isBlank(line._2())) {
                        out.add(new RawInput(file, line._1().get(), line._2().copyBytes()));
                    }
                }
                return out.iterator();
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
     * The same inputs in tasks of consecutive inputs, as many as {@code perTask} in each (0: at most
     * {@value #MAX_ARTICLES_PER_TASK}, fewer where that makes {@value #TASKS_PER_CORE} tasks per
     * core). Files are split by bytes, not by articles, and a small corpus in one file would be
     * one task on one core; consecutive, so that a task's articles are mostly of one day and it
     * writes one file, not one for every day it holds.
     */
    static JavaRDD<RawInput> inTasks(JavaRDD<RawInput> inputs, int perTask, int cores) {
        List<Long> sizes = inputs.mapPartitions(Inputs::count).collect();
        long total = sizes.stream().mapToLong(Long::longValue).sum();
        long per = perTask > 0 ? perTask
                : Math.max(1, Math.min(MAX_ARTICLES_PER_TASK, ceilDiv(total, (long) TASKS_PER_CORE * cores)));
        int tasks = (int) Math.max(1, ceilDiv(total, per));
        long[] first = new long[sizes.size()];
        for (int p = 1; p < first.length; p++) {
            first[p] = first[p - 1] + sizes.get(p - 1);
        }
        // the key is the task's number, below Integer.MAX_VALUE, and a HashPartitioner sends a
        // small non-negative Long to the partition of that number
        JavaRDD<Tuple2<Long, RawInput>> numbered = inputs.mapPartitionsWithIndex(
                (p, it) -> numbered(first[p], per, it), true);
        return JavaPairRDD.fromJavaRDD(numbered).partitionBy(new HashPartitioner(tasks)).values();
    }

    private static Iterator<Long> count(Iterator<RawInput> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) {
            n++;
        }
        return List.of(n).iterator();
    }

    private static Iterator<Tuple2<Long, RawInput>> numbered(long first, long per, Iterator<RawInput> it) {
        return new Iterator<>() {
            long next = first;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Tuple2<Long, RawInput> next() {
                return new Tuple2<>(next++ / per, it.next());
            }
        };
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
