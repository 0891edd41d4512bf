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
}
