package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.cameo.CameoTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article the project started from, coded from raw text with PETRARCH's Phoenix dictionaries
 * when ../shared is present. The Phoenix dictionaries end around 2015, so this checks the road
 * from text to events, not the coding of 2019's office holders.
 */
class SeedArticleTest {

    @TempDir
    Path dir;

    /** Runs dyad with {@code args}, which write to {@code out}, expects success, reads the events back. */
    private static List<JsonNode> code(Path out, String... args) throws Exception {
        assertThat(Dyad.commandLine().execute(args)).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            events.add(json.readTree(line));
        }
        return events;
    }

    @Test
    void theSeedArticleIsCodedFromRawText() throws Exception {
        Path shared = Path.of(System.getProperty("dyad.shared", "../shared"));
        Path seed = shared.resolve("seeds/000_745803b0639334a6.txt");
        Path config = shared.resolve("petrarch/PETR_config.ini");
        assumeTrue(Files.exists(seed) && Files.exists(config), "../shared is not present: skipped");
        Path out = dir.resolve("seed.jsonl");

        List<JsonNode> events = code(out, "code", "--date", "2019-05-14", "--petrarch-config", config.toString(),
                "--output", out.toString(), seed.toString());
        assertThat(events).isNotEmpty();
        CameoTable cameo = CameoTable.standard();
        for (JsonNode e : events) {
            assertThat(e.get("article_id").asText()).isEqualTo("000_745803b0639334a6");
            // the article's date, or a date its sentences give, never later than publication
            assertThat(e.get("date").asText()).matches("2019(-0[1-5](-\\d{2})?)?");
            assertThat(cameo.isKnown(e.get("code").asText())).as(e.toString()).isTrue();
            assertThat(e.get("sentence").asText()).isNotBlank();
        }
        // the headline: the US talks secretly to Venezuela's socialist boss
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("sentence_index").asInt()).isZero();
            assertThat(e.get("source").get("country").asText()).isEqualTo("USA");
            assertThat(e.get("target").get("country").asText()).isEqualTo("VEN");
        });
    }

    @Test
    void withDyadsOwnDictionariesCabelloHasHis2019OfficeAndTrumpIsTheGovernment() throws Exception {
        Path seed = Path.of(System.getProperty("dyad.shared", "../shared")).resolve("seeds/000_745803b0639334a6.txt");
        assumeTrue(Files.exists(seed), "../shared is not present: skipped");
        Path out = dir.resolve("seed-defaults.jsonl");

        List<JsonNode> events = code(out, "code", "--date", "2019-05-14", "--output", out.toString(), seed.toString());
        // "US has made contact with Diosdado Cabello": consult (040); Cabello then presided over
        // Venezuela's National Constituent Assembly (2018-06-19 to 2020-12-18)
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("source").get("country").asText()).isEqualTo("USA");
            assertThat(e.get("target").get("code").asText()).isEqualTo("VENLEG");
            assertThat(e.get("target").get("text").asText()).contains("CABELLO");
            assertThat(e.get("root_code").asText()).isEqualTo("04");
        });
        // "Trump ... suggested": the US president in 2019
        assertThat(events).filteredOn(e -> e.get("source").get("text").asText().contains("TRUMP"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.get("source").get("code").asText()).isEqualTo("USAGOV"));
        // "suggested that navy ships should be stationed": a suggestion, not a deployment
        assertThat(events).filteredOn(e -> e.get("sentence").asText().contains("suggested"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.get("modality").asText()).isEqualTo("hypothetical"));
        // "Cabello, 56, is a major power broker ... He has also been accused by US officials": a
        // sentence opening with "He" continues about the person the one before names first
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("source").get("country").asText()).isEqualTo("USA");
            assertThat(e.get("target").get("code").asText()).isEqualTo("VENLEG");
            assertThat(e.get("code").asText()).startsWith("112");
        });
        // "In February ... had indicated that military intervention might be a good option"
        assertThat(events).filteredOn(e -> e.get("sentence").asText().startsWith("In February"))
                .isNotEmpty().allSatisfy(e -> {
                    assertThat(e.get("date").asText()).isEqualTo("2019-02");
                    assertThat(e.get("modality").asText()).isIn("hypothetical", "future");
                });
    }

    @Test
    void withCoreferenceHeIsCabelloAccusedByUsOfficials() throws Exception {
        Path seed = Path.of(System.getProperty("dyad.shared", "../shared")).resolve("seeds/000_745803b0639334a6.txt");
        assumeTrue(Files.exists(seed), "../shared is not present: skipped");
        Path out = dir.resolve("seed-coref.jsonl");

        List<JsonNode> events = code(out, "code", "--coref", "--date", "2019-05-14", "--output", out.toString(),
                seed.toString());
        // "He has also been accused by US officials of being behind massive corruption": accuse (112x),
        // the US the accuser, Cabello (whom "he" refers to) the accused
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("source").get("country").asText()).isEqualTo("USA");
            assertThat(e.get("target").get("code").asText()).isEqualTo("VENLEG");
            assertThat(e.get("code").asText()).startsWith("112");
        });
    }
}
