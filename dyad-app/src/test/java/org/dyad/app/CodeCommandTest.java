package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String record(String id, String text, String tree) {
        return "<Sentence date=\"20190514\" id=\"" + id + "\" source=\"T\" sentence=\"True\">\n<Text>\n" + text
                + "\n</Text>\n<Parse>\n" + tree + "\n</Parse>\n</Sentence>\n";
    }

    private record Run(int status, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Dyad.commandLine().execute(args);
            return new Run(status, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    private String[] dictionaryArgs() throws Exception {
        Path verbs = write("verbs.txt", """
                --- CRITICIZE [121] ---
                CRITICIZE
                - * SANCTIONS [163]
                """);
        Path actors = write("actors.txt", """
                NORWAY [NOR]
                SWEDEN [SWE]
                """);
        Path agents = write("agents.txt", "GOVERNMENT [~GOV]\n");
        return new String[] {"--verbs", verbs.toString(), "--actors", actors.toString(), "--agents", agents.toString()};
    }

    @Test
    void codesGoodRecordsReportsTheBrokenOneAndSaysSoInTheExitStatus() throws Exception {
        Path input = write("in.xml", "<Sentences>\n"
                + record("A1_1", "Norway criticized Sweden.",
                        "(ROOT (S (NP (NNP Norway)) (VP (VBD criticized) (NP (NNP Sweden))) (. .)))")
                + record("A2_1", "Broken tree.", "(ROOT (S (NP (NNP Norway)) (VP (VBD criticized)")
                + record("A3_1", "The Swedish government criticized Norway.",
                        "(ROOT (S (NP (DT The) (NNP Sweden) (NN government)) (VP (VBD criticized) (NP (NNP Norway))) (. .)))")
                + "</Sentences>\n");
        Path out = dir.resolve("events.jsonl");
        String[] dict = dictionaryArgs();

        Run r = run("code", "--input-format", "petrarch-xml", "--output", out.toString(), input.toString(),
                dict[0], dict[1], dict[2], dict[3], dict[4], dict[5]);

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("A2_1").contains("in.xml:");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("source").get("code").asText()).isEqualTo("NOR");
        assertThat(first.get("target").get("code").asText()).isEqualTo("SWE");
        assertThat(first.get("code").asText()).isEqualTo("121");
        assertThat(first.get("root_code").asText()).isEqualTo("12");
        assertThat(first.get("quad_class").asInt()).isEqualTo(3);
        assertThat(first.get("sentence_id").asText()).isEqualTo("A1_1");
        assertThat(first.get("article_id").asText()).isEqualTo("A1");
        assertThat(first.get("date").asText()).isEqualTo("2019-05-14");
        assertThat(first.get("evidence").get("source").asText()).endsWith("verbs.txt:2");
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.get("source").get("code").asText()).isEqualTo("SWEGOV");
        assertThat(second.get("source").get("country").asText()).isEqualTo("SWE");
        assertThat(second.get("source").get("agents").get(0).asText()).isEqualTo("GOV");
    }

    @Test
    void tabSeparatedOutputFollowsPetrarch() throws Exception {
        Path input = write("in.xml", "<Sentences>\n" + record("B1_1", "Norway criticized Sweden.",
                "(ROOT (S (NP (NNP Norway)) (VP (VBD criticized) (NP (NNP Sweden))) (. .)))") + "</Sentences>\n");
        Path out = dir.resolve("events.tsv");
        String[] dict = dictionaryArgs();

        Run r = run("code", "--output-format", "tsv", "--output", out.toString(), input.toString(),
                dict[0], dict[1], dict[2], dict[3], dict[4], dict[5]);

        assertThat(r.status()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("20190514\tNOR\tSWE\t121\t\tB1_1\tCRITICIZED");
    }

    @Test
    void assertedOnlyLeavesOutWhatTheSentenceDeniesOrOnlyContemplates() throws Exception {
        Path input = write("in.xml", "<Sentences>\n"
                + record("C1_1", "Norway criticized Sweden.",
                        "(ROOT (S (NP (NNP Norway)) (VP (VBD criticized) (NP (NNP Sweden))) (. .)))")
                + record("C2_1", "Norway did not criticize Sweden.",
                        "(ROOT (S (NP (NNP Norway)) (VP (VBD did) (RB not) (VP (VB criticize) (NP (NNP Sweden)))) (. .)))")
                + record("C3_1", "Norway might criticize Sweden.",
                        "(ROOT (S (NP (NNP Norway)) (VP (MD might) (VP (VB criticize) (NP (NNP Sweden)))) (. .)))")
                + "</Sentences>\n");
        Path all = dir.resolve("all.jsonl");
        Path facts = dir.resolve("facts.jsonl");
        String[] dict = dictionaryArgs();

        run("code", "--output", all.toString(), input.toString(), dict[0], dict[1], dict[2], dict[3], dict[4], dict[5]);
        Run r = run("code", "--asserted-only", "--output", facts.toString(), input.toString(),
                dict[0], dict[1], dict[2], dict[3], dict[4], dict[5]);

        ObjectMapper json = new ObjectMapper();
        List<String> modalities = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(all)) {
            modalities.add(json.readTree(line).get("modality").asText());
        }
        assertThat(modalities).containsExactly("asserted", "negated", "hypothetical");
        assertThat(Files.readAllLines(facts)).singleElement()
                .satisfies(line -> assertThat(json.readTree(line).get("sentence_id").asText()).isEqualTo("C1_1"));
        assertThat(r.err()).contains("2 negated, hypothetical or future events left out");
    }

    @Test
    void anIncompletePetrarchSetIsAClearError() throws Exception {
        Path input = write("in.xml", "<Sentences></Sentences>");
        Path verbs = write("verbs.txt", "--- CRITICIZE [121] ---\nCRITICIZE\n");
        Run r = run("code", "--verbs", verbs.toString(), input.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--actors");
    }

    private Path storyInput() throws Exception {
        return write("stories.xml", "<Sentences>\n"
                + record("S1_1", "Norway criticized Sweden.",
                        "(ROOT (S (NP (NNP Norway)) (VP (VBD criticized) (NP (NNP Sweden))) (. .)))")
                + record("S1_2", "Sweden criticized Norway.",
                        "(ROOT (S (NP (NNP Sweden)) (VP (VBD criticized) (NP (NNP Norway))) (. .)))")
                + record("S2_1", "The Swedish government criticized Norway.",
                        "(ROOT (S (NP (DT The) (JJ Swedish) (NN government)) (VP (VBD criticized) (NP (NNP Norway))) (. .)))")
                + "</Sentences>\n");
    }

    @Test
    void parquetOutputHoldsTheEventsOfTheRun() throws Exception {
        Path out = dir.resolve("events.parquet");
        String[] dict = dictionaryArgs();
        Run r = run("code", "--output-format", "parquet", "--output", out.toString(), storyInput().toString(),
                dict[0], dict[1], dict[2], dict[3], dict[4], dict[5]);
        assertThat(r.status()).as(r.err()).isZero();
        try (java.sql.Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new java.util.Properties());
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT count(*), string_agg(DISTINCT code), "
                     + "string_agg(source_code, ' ' ORDER BY source_code) FROM read_parquet('" + out + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(3);
            assertThat(rs.getString(2)).isEqualTo("121");
            // "Swedish" is not in the test's actor dictionary: the government is of unknown country
            assertThat(rs.getString(3)).isEqualTo("---GOV NOR SWE");
        }
        assertThat(run("code", "--output-format", "parquet", storyInput().toString()).err()).contains("--output");
    }

    @Test
    void ingestStoresEachStoryOnceAndGivesBackWhatCodeWrites() throws Exception {
        Path store = dir.resolve("test.duckdb");
        String[] dict = dictionaryArgs();
        String input = storyInput().toString();
        Run first = run("ingest", "--store", store.toString(), input, dict[0], dict[1], dict[2], dict[3], dict[4],
                dict[5]);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).contains("2 articles stored, 0 already there").contains("2 articles, 3 events");
        Run again = run("ingest", "--store", store.toString(), input, dict[0], dict[1], dict[2], dict[3], dict[4],
                dict[5]);
        assertThat(again.err()).contains("0 articles stored, 2 already there").contains("2 articles, 3 events");

        Path coded = dir.resolve("coded.csv");
        Path exported = dir.resolve("exported.csv");
        run("code", "--output-format", "csv", "--output", coded.toString(), input, dict[0], dict[1], dict[2], dict[3],
                dict[4], dict[5]);
        Run export = run("export", "--store", store.toString(), "--format", "csv", "--output", exported.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(Files.readAllLines(exported)).containsExactlyInAnyOrderElementsOf(Files.readAllLines(coded));

        Path norway = dir.resolve("norway.jsonl");
        run("export", "--store", store.toString(), "--format", "jsonl", "--actor", "NOR", "--output", norway.toString());
        assertThat(Files.readAllLines(norway)).hasSize(3);
        Path fromSweden = dir.resolve("sweden.jsonl");
        run("export", "--store", store.toString(), "--format", "jsonl", "--source", "SWE", "--output",
                fromSweden.toString());
        assertThat(Files.readAllLines(fromSweden)).singleElement().asString().contains("\"sentence_id\":\"S1_2\"");
        Run bad = run("export", "--store", store.toString(), "--format", "csv", "--root", "21");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("'root'");
    }
}
