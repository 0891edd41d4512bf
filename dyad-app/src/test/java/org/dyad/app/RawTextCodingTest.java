package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw text through CoreNLP and the coder, with a small dictionary written for these articles.
 * The expected codes are the CAMEO codebook's for what each sentence says. Everything runs in one
 * dyad invocation, since loading the models dominates the time.
 */
class RawTextCodingTest {

    @TempDir
    static Path dir;

    private static int status;
    private static String err;
    private static List<JsonNode> events;

    @BeforeAll
    static void codeABatchWithBadInputInIt() throws Exception {
        Files.writeString(dir.resolve("verbs.txt"), """
                --- CRITICIZE [111] ---
                CRITICIZE
                CONDEMN
                --- ACCUSE [112] ---
                ACCUSE
                --- EXPEL [174] ---
                EXPEL {EXPELS EXPELLED EXPELLING}
                --- VISIT [042:043] ---
                VISIT
                --- SIGN [---] ---
                SIGN
                - * AGREEMENT [057]
                - * ACCORD [057]
                """);
        Files.writeString(dir.resolve("actors.txt"), """
                NORWAY [NOR]
                +NORWEGIAN
                +OSLO
                SWEDEN [SWE]
                +SWEDISH
                +STOCKHOLM
                FINLAND [FIN]
                +FINNISH
                """);
        Files.writeString(dir.resolve("agents.txt"), """
                GOVERNMENT [~GOV]
                FOREIGN_MINISTRY [~GOV]
                DIPLOMAT [~GOV]
                """);
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a-expel.txt"), """
                Norway expels Swedish diplomat

                OSLO, March 3 - Norway expelled a Swedish diplomat on Tuesday, the foreign ministry said.
                """);
        Files.writeString(in.resolve("b-wire.jsonl"), """
                {"id": "w1", "date": "2020-03-04", "text": "Finland condemned Sweden over the border dispute."}
                {"id": "w2", "date": "2020-03-04", "text": "The Swedish government accused Norway of spying."
                {"id": "w3", "date": "2020-03-05", "text": "Norway signed a trade agreement with Finland."}
                """);
        Files.writeString(in.resolve("c-page.html"), """
                <html><head><title>Visit</title><script>Sweden condemned Norway.</script></head>
                <body><nav>Home | World | Sport</nav>
                <article><p>The Finnish government visited Norway on Monday.</p></article>
                <footer>Copyright</footer></body></html>
                """);
        Files.write(in.resolve("d-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 3});
        Files.writeString(in.resolve("e-empty.txt"), "   \n");
        Files.writeString(in.resolve("f-huge.txt"), "Norway criticized Sweden. ".repeat(400_000));
        Files.write(in.resolve("g-latin1.txt"), "Norway criticized Sweden at the caf\u00e9.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("h-broken.html"), "<html><body><div><p></div></span><<<>>>");

        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        Path out = dir.resolve("events.jsonl");
        try {
            status = Dyad.commandLine().execute("code", "--date", "2020-03-03", "--output", out.toString(),
                    "--max-article-chars", "1000000",
                    "--verbs", dir.resolve("verbs.txt").toString(), "--actors", dir.resolve("actors.txt").toString(),
                    "--agents", dir.resolve("agents.txt").toString(), in.toString());
        } finally {
            System.setErr(old);
        }
        err = errBytes.toString(StandardCharsets.UTF_8);
        events = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out)) {
            events.add(json.readTree(line));
        }
    }

    private static List<Tuple> triples() {
        return events.stream().map(e -> tuple(e.get("article_id").asText(), e.get("source").get("code").asText(),
                e.get("target").get("code").asText(), e.get("code").asText())).toList();
    }

    @Test
    void eachArticleIsCodedWithTheCodebooksCodes() {
        assertThat(triples()).contains(
                tuple("a-expel", "NOR", "SWEGOV", "174"),  // expel or deport individuals
                tuple("w1", "FIN", "SWE", "111"),          // criticize or denounce
                tuple("w3", "NOR", "FIN", "057"),          // sign formal agreement
                tuple("c-page", "FINGOV", "NOR", "042"),   // make a visit ...
                tuple("c-page", "NOR", "FINGOV", "043"));  // ... and host it
    }

    @Test
    void scriptsAndNavigationAreNotArticleText() {
        assertThat(triples()).doesNotContain(tuple("c-page", "SWE", "NOR", "111"));
    }

    @Test
    void everyBadInputIsReportedWithItsFileAndTheRestIsCoded() {
        assertThat(status).isEqualTo(1);
        assertThat(err).contains("d-binary.txt").contains("e-empty.txt").contains("f-huge.txt")
                .contains("g-latin1.txt").contains("h-broken.html").contains("b-wire.jsonl:2");
        assertThat(triples()).extracting(t -> t.toList().get(0)).doesNotContain("w2", "f-huge", "g-latin1");
        assertThat(err).contains("dyad: 4 articles");
        assertThat(err).contains("h-broken.html: no article text found");
    }

    @Test
    void eventsCarryTheRecordDesignMdPromises() {
        JsonNode e = events.stream().filter(x -> x.get("article_id").asText().equals("w1")).findFirst().orElseThrow();
        assertThat(e.get("date").asText()).isEqualTo("2020-03-04");
        assertThat(e.get("sentence").asText()).isEqualTo("Finland condemned Sweden over the border dispute.");
        assertThat(e.get("root_code").asText()).isEqualTo("11");
        assertThat(e.get("quad_class").asInt()).isEqualTo(3);
        assertThat(e.get("goldstein").asDouble()).isEqualTo(-2.0);
        assertThat(e.get("plover").get("event").asText()).isNotBlank();
        assertThat(e.get("evidence").get("source").asText()).endsWith("verbs.txt:3");
        assertThat(e.get("id").asText()).hasSize(24);
    }
}
