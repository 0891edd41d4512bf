package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SaveMode;
import org.dyad.core.input.InputFormat;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CodeCommandTest {

    @Test
    void withNothingButInputAndOutputTheJobCodesAsDyadCodeDoes() {
        JobSettings s = settings("--output", "hdfs:///events", "hdfs:///news/a.jsonl", "hdfs:///news/b/*.jsonl");

        assertThat(s).isEqualTo(JobSettings.of(List.of("hdfs:///news/a.jsonl", "hdfs:///news/b/*.jsonl"),
                "hdfs:///events"));
    }

    @Test
    void everyOptionReachesTheSettings() {
        JobSettings s = settings("--output", "out", "--input-format", "text", "--output-format", "jsonl",
                "--mode", "overwrite", "--date", "2024-03-04", "--max-article-chars", "5000",
                "--dictionary", "a.yaml,b.yaml", "--gazetteer", "cities15000.txt", "--coref", "--parser", "pcfg",
                "--articles-per-task", "40", "in");

        assertThat(s).isEqualTo(new JobSettings(List.of("in"), InputFormat.TEXT, "out", EventTable.Format.JSONL,
                SaveMode.Overwrite, new ArticleLimits(5000, LocalDate.of(2024, 3, 4)),
                new PipelineSettings(List.of("a.yaml", "b.yaml"), List.of("cities15000.txt"), true, "pcfg"), 40));
    }

    @Test
    void wrongSettingsFailOnTheDriverBeforeAnyExecutorStarts() {
        assertThatThrownBy(() -> settings("--output", "o", "--mode", "replace", "in")).hasMessageContaining("--mode");
        assertThatThrownBy(() -> settings("--output", "o", "--parser", "neural", "in")).hasMessageContaining("sr or pcfg");
        assertThatThrownBy(() -> settings("--output", "o", "--input-format", "petrarch-xml", "in"))
                .hasMessageContaining("PETRARCH XML");
        assertThatThrownBy(() -> settings("--output", "o", "--input-format", "auto", "in"))
                .hasMessageContaining("name the input format");
        assertThatThrownBy(() -> settings("--output", "o", "--output-format", "csv", "in"))
                .hasMessageContaining("parquet|jsonl");
    }

    private static JobSettings settings(String... args) {
        CodeCommand command = new CodeCommand();
        new CommandLine(command).parseArgs(args);
        return command.settings();
    }
}
