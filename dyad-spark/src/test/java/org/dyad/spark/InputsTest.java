package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    void tasksHoldConsecutiveInputsAsManyAsAsked() {
        List<List<RawInput>> tasks = Inputs.inTasks(numbered(10, 3), 4, 2).glom().collect();

        assertThat(tasks).extracting(List::size).containsExactly(4, 4, 2);
        for (int t = 0; t < tasks.size(); t++) {
            assertThat(tasks.get(t)).extracting(RawInput::offset)
                    .containsExactlyInAnyOrderElementsOf(LongStream.range(4L * t, Math.min(10, 4L * t + 4)).boxed().toList());
        }
    }

    @Test
    void aSmallCorpusGetsEightTasksPerCore() {
        JavaRDD<RawInput> tasks = Inputs.inTasks(numbered(200, 1), 0, 2);

        assertThat(tasks.getNumPartitions()).isEqualTo(16);
        assertThat(tasks.glom().collect()).allSatisfy(t -> assertThat(t.size()).isBetween(5, 13));
    }

    @Test
    void aLargeCorpusGetsAHundredArticlesATask() {
        assertThat(Inputs.inTasks(numbered(5000, 4), 0, 2).getNumPartitions()).isEqualTo(50);
    }

    private JavaRDD<RawInput> numbered(int n, int partitions) {
        List<RawInput> inputs = LongStream.range(0, n).mapToObj(i -> new RawInput("f", i, new byte[0])).toList();
        return sc.parallelize(inputs, partitions);
    }
}
