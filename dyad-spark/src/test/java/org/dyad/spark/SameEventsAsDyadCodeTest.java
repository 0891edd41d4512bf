package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dyad.core.dictionary.DyadDictionaryReader;
import org.dyad.core.input.InputFormat;
import org.dyad.core.input.ReadOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The job in local[2] against dyad code's own path, on the same input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameEventsAsDyadCodeTest {

    static final Path ARTICLES = Path.of("src/test/resources/corpus/articles.jsonl");
    static final Path TEXTS = Path.of("src/test/resources/corpus/text");

    private SparkSession spark;
    private DyadCode dyadCode;

    @TempDir
    Path dir;

    @BeforeAll
    void start() {
        spark = LocalSpark.session("local[2]");
        dyadCode = new DyadCode();
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void parquetHoldsTheEventsOfDyadCode() {
        List<String> expected = dyadCode.lines(ARTICLES, InputFormat.JSONL, ReadOptions.defaults());
        String out = dir.resolve("events").toString();

        JobCounters.Counts counts = new CodingJob(JobSettings.of(List.of(ARTICLES.toString()), out)).run(spark);

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(Events.canonical(parquetEvents(out))).isEqualTo(Events.canonical(expected));
        assertThat(counts).isEqualTo(new JobCounters.Counts(8, 23, expected.size(), 2));
    }

    @Test
    void eventsArePartitionedByTheirArticlesPublicationDay() {
        String out = dir.resolve("events").toString();

        new CodingJob(JobSettings.of(List.of(ARTICLES.toString()), out)).run(spark);

        Map<String, List<String>> published = spark.read().parquet(out)
                .selectExpr("article_id", "cast(published as string)").distinct().collectAsList().stream()
                .collect(Collectors.groupingBy(r -> r.getString(0),
                        Collectors.mapping(r -> String.valueOf(r.get(1)), Collectors.toList())));
        assertThat(published).containsEntry("wire-001", List.of("2024-03-04"))
                .containsEntry("wire-008", List.of("2024-03-07")) // its second event is dated 2024-04
                .containsEntry("wire-007", List.of("null")); // no date: Hive's default partition
        assertThat(Path.of(out, "published=2024-03-05")).isDirectory();
    }

    @Test
    void jsonLinesOutputIsTheLinesDyadCodeWrites() {
        List<String> expected = dyadCode.lines(ARTICLES, InputFormat.JSONL, ReadOptions.defaults());
        String out = dir.resolve("events").toString();

        new CodingJob(JobSettings.of(List.of(ARTICLES.toString()), out)
                .withFormats(InputFormat.JSONL, EventTable.Format.JSONL)).run(spark);

        assertThat(partFileLines(Path.of(out))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void textFilesAreArticlesAsInDyadCode() {
        LocalDate day = LocalDate.of(2024, 3, 10);
        List<String> expected = dyadCode.lines(TEXTS, InputFormat.TEXT, ReadOptions.defaults().withDefaultDate(day));
        String out = dir.resolve("events").toString();
        JobSettings settings = JobSettings.of(List.of(TEXTS.toString()), out)
                .withFormats(InputFormat.TEXT, EventTable.Format.PARQUET)
                .withLimits(new ArticleLimits(ReadOptions.DEFAULT_MAX_ARTICLE_CHARS, day));

        JobCounters.Counts counts = new CodingJob(settings).run(spark);

        assertThat(Events.canonical(parquetEvents(out))).isEqualTo(Events.canonical(expected));
        assertThat(counts.articles()).isEqualTo(2);
        assertThat(Events.canonical(expected)).extracting(e -> e.path("article_id").asText())
                .contains("2024-03-08-chile", "2024-03-10-egypt");
    }

    @Test
    void dictionariesShippedToTheExecutorsAreTheOnesCodedWith() throws IOException {
        Path dictionary = Path.of("src/test/resources/dictionary/borovia.yaml");
        Path article = Path.of("src/test/resources/corpus/borovia.jsonl");
        // as dyad code --dictionary borovia.yaml in the dictionary's folder reads it
        DyadDictionaryReader.Collected asNamed = new DyadDictionaryReader.Collected();
        DyadDictionaryReader.read("borovia.yaml", Files.readString(dictionary), asNamed);
        List<String> expected = new DyadCode(asNamed.build()).lines(article, InputFormat.JSONL, ReadOptions.defaults());
        String out = dir.resolve("events").toString();
        spark.sparkContext().addFile(dictionary.toAbsolutePath().toString()); // spark-submit --files
        JobSettings settings = JobSettings.of(List.of(article.toString()), out)
                .withPipeline(new PipelineSettings(List.of("borovia.yaml"), List.of(), false, "sr"));

        new CodingJob(settings).run(spark);

        assertThat(Events.canonical(parquetEvents(out))).isEqualTo(Events.canonical(expected))
                .singleElement().satisfies(e -> assertThat(e.path("source").path("code").asText() + " "
                        + e.path("code").asText() + " " + e.path("target").path("code").asText())
                        .isEqualTo("BOR 111 ARL"));
    }

    private List<String> parquetEvents(String out) {
        return spark.read().parquet(out).drop(EventTable.PUBLISHED).toJSON().collectAsList();
    }

    private static List<String> partFileLines(Path out) {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-"))
                    .flatMap(f -> read(f).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path f) {
        try {
            return Files.readAllLines(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
