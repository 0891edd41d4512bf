package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.dyad.core.input.InputFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputsTest {

    private SparkSession spark;
    private JavaSparkContext sc;

    @BeforeAll
    void start() {
        spark = LocalSpark.session("local[2]");
        sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void jsonLinesAreReadLineByLineWithTheirByteOffsetsAndBlankLinesPassedOver() throws IOException {
        byte[] file = Files.readAllBytes(SameEventsAsDyadCodeTest.ARTICLES);

        List<RawInput> lines = Inputs.read(spark, List.of(SameEventsAsDyadCodeTest.ARTICLES.toString()),
                InputFormat.JSONL).collect();

        assertThat(lines).hasSize(10); // eleven lines, one blank
        for (RawInput line : lines) {
            assertThat(line.file()).endsWith("corpus/articles.jsonl");
            int at = (int) line.offset();
            assertThat(Arrays.copyOfRange(file, at, at + line.bytes().length)).isEqualTo(line.bytes());
            assertThat(at == 0 || file[at - 1] == '\n').isTrue();
        }
        assertThat(new String(lines.get(0).bytes(), StandardCharsets.UTF_8)).startsWith("{\"id\": \"wire-001\"");
    }

    @Test
    void otherFormatsAreReadAFileAtATime() {
        List<RawInput> files = Inputs.read(spark, List.of(SameEventsAsDyadCodeTest.TEXTS.toString()),
                InputFormat.TEXT).collect();

        assertThat(files).extracting(RawInput::offset).containsOnly(RawInput.WHOLE_FILE);
        assertThat(files).extracting(f -> f.file().substring(f.file().lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("2024-03-08-chile.txt", "2024-03-10-egypt.txt");
    }

    @Test
    void tasksHoldConsecutiveInputsAsManyAsAskedOnAverage() {
        List<List<RawInput>> tasks = Inputs.inTasks(inputs(10, 3, 0), 4, 2).glom().collect();

        assertThat(tasks).hasSize(3).allSatisfy(t -> assertThat(t.size()).isBetween(3, 4));
        long next = 0;
        for (List<RawInput> task : tasks) {
            List<Long> offsets = task.stream().map(RawInput::offset).sorted().toList();
            assertThat(offsets).containsExactlyElementsOf(LongStream.range(next, next + task.size()).boxed().toList());
            next += task.size();
        }
    }

    @Test
    void tasksAreCutToEqualSizesInBytes() {
        List<RawInput> inputs = new ArrayList<>(List.of(new RawInput("f", 0, new byte[9_000])));
        LongStream.range(1, 10).forEach(i -> inputs.add(new RawInput("f", i, new byte[999])));

        List<List<RawInput>> tasks = Inputs.inTasks(sc.parallelize(inputs, 2), 5, 2).glom().collect();

        assertThat(tasks).extracting(List::size).containsExactly(1, 9); // one long article, nine short ones
    }

    @Test
    void aSmallCorpusGetsSixteenTasksPerCore() {
        JavaRDD<RawInput> tasks = Inputs.inTasks(inputs(200, 1, 100), 0, 2);

        assertThat(tasks.getNumPartitions()).isEqualTo(32);
        assertThat(tasks.glom().collect()).allSatisfy(t -> assertThat(t.size()).isBetween(6, 7));
    }

    @Test
    void aLargeCorpusGetsAHundredArticlesATask() {
        assertThat(Inputs.inTasks(inputs(5000, 4, 0), 0, 2).getNumPartitions()).isEqualTo(50);
    }

    @Test
    void thereAreNeverMoreTasksThanInputs() {
        assertThat(Inputs.inTasks(inputs(3, 1, 0), 0, 2).getNumPartitions()).isEqualTo(3);
    }

    /** So many inputs of the same size in so many partitions, numbered in their offsets. */
    private JavaRDD<RawInput> inputs(int n, int partitions, int bytes) {
        List<RawInput> inputs = LongStream.range(0, n).mapToObj(i -> new RawInput("f", i, new byte[bytes])).toList();
        return sc.parallelize(inputs, partitions);
    }
}
