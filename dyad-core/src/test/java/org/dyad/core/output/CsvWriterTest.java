package org.dyad.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyad.core.model.ActorRef;
import org.dyad.core.model.Event;
import org.dyad.core.model.Evidence;
import org.dyad.core.model.Plover;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static final String HEADER = "id,article_id,sentence_id,sentence_index,date,"
            + "source_code,source_country,source_agents,source_text,"
            + "target_code,target_country,target_agents,target_text,"
            + "code,root_code,quad_class,goldstein,plover_event,plover_mode,plover_context,modality,"
            + "verb,pattern,pattern_source,issues,sentence,mentions,articles,sources,outlet,"
            + "attribution_text,attribution_code,attribution_anonymous,"
            + "location_name,location_country,location_lat,location_lon";

    static Event criticize(String sentence) {
        return new Event("3f2a9c0d4e5b6a7980112233", "art-1", "art-1-4", 4, sentence, "2019-04-12",
                new ActorRef("NORGOV", "NOR", List.of("GOV"), "the Norwegian government"),
                ActorRef.of("SWE", "Sweden"),
                "121", "12", 3, -2.0,
                new Plover("ACCUSE", "disapprove", "diplomatic"), "asserted",
                new Evidence("criticized", "- * [SWE] CRITICIZE", "verbs.txt:1201"),
                Map.of("REFUGEES", 2, "ASYLUM", 1));
    }

    private static String write(Event... events) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter w = new CsvWriter(out)) {
            for (Event e : events) {
                w.write(e);
            }
        }
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        CSVFormat format = CsvWriter.FORMAT.builder().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(csv, format)) {
            return p.getRecords();
        }
    }

    @Test
    void headerNamesTheColumnsOfTheEventRecord() throws IOException {
        String csv = write(criticize("Norway criticized Sweden."));

        assertThat(csv).startsWith(HEADER + "\r\n");
        assertThat(CsvWriter.COLUMNS).hasSize(37);
    }

    @Test
    void aRunWithoutEventsStillWritesTheHeader() throws IOException {
        assertThat(write()).isEqualTo(HEADER + "\r\n");
    }

    @Test
    void quotesASentenceWithCommaQuoteAndNewlineAsRfc4180() throws IOException {
        String sentence = "Oslo said, \"this is unacceptable\"\nand recalled its envoy.";

        String csv = write(criticize(sentence));

        assertThat(csv).contains(",\"Oslo said, \"\"this is unacceptable\"\"\nand recalled its envoy.\",1,1,1,");
    }

    @Test
    void readingTheFileBackGivesTheSameValues() throws IOException {
        String sentence = "Oslo said, \"this is unacceptable\"\nand recalled its envoy.";
        Event noTarget = new Event("aa00", "art-2", null, 0, "Rebels clashed.", null,
                ActorRef.of("---REB", "rebels"), null, "190", "19", 4, -10.0, null, null, null, null);

        List<CSVRecord> rows = parse(write(criticize(sentence), noTarget));

        assertThat(rows).hasSize(2);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("id", "3f2a9c0d4e5b6a7980112233");
        expected.put("article_id", "art-1");
        expected.put("sentence_id", "art-1-4");
        expected.put("sentence_index", "4");
        expected.put("date", "2019-04-12");
        expected.put("source_code", "NORGOV");
        expected.put("source_country", "NOR");
        expected.put("source_agents", "GOV");
        expected.put("source_text", "the Norwegian government");
        expected.put("target_code", "SWE");
        expected.put("target_country", "SWE");
        expected.put("target_agents", "");
        expected.put("target_text", "Sweden");
        expected.put("code", "121");
        expected.put("root_code", "12");
        expected.put("quad_class", "3");
        expected.put("goldstein", "-2.0");
        expected.put("plover_event", "ACCUSE");
        expected.put("plover_mode", "disapprove");
        expected.put("plover_context", "diplomatic");
        expected.put("modality", "asserted");
        expected.put("verb", "criticized");
        expected.put("pattern", "'- * [SWE] CRITICIZE"); // protected: see the formula test
        expected.put("pattern_source", "verbs.txt:1201");
        expected.put("issues", "ASYLUM:1;REFUGEES:2");
        expected.put("sentence", sentence);
        expected.put("mentions", "1");
        expected.put("articles", "1");
        expected.put("sources", "1");
        for (String absent : List.of("outlet", "attribution_text", "attribution_code", "attribution_anonymous",
                "location_name", "location_country", "location_lat", "location_lon")) {
            expected.put(absent, "");
        }
        assertThat(rows.get(0).toMap()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(rows.get(0).values()).containsExactlyElementsOf(expected.values());

        CSVRecord second = rows.get(1);
        assertThat(second.get("source_code")).isEqualTo("---REB");
        assertThat(second.get("source_country")).isEmpty();
        assertThat(second.get("source_agents")).isEqualTo("REB");
        assertThat(second.get("sentence_id")).isEmpty();
        assertThat(second.get("date")).isEmpty();
        assertThat(second.get("target_code")).isEmpty();
        assertThat(second.get("target_text")).isEmpty();
        assertThat(second.get("plover_event")).isEmpty();
        assertThat(second.get("verb")).isEmpty();
        assertThat(second.get("issues")).isEmpty();
        assertThat(second.get("goldstein")).isEqualTo("-10.0");
    }

    @Test
    void severalAgentsAreSpaceSeparated() throws IOException {
        Event e = new Event("bb", "a", "s", 1, "x", "2020", ActorRef.of("USAGOVMIL", "US army"),
                ActorRef.of("IRQREBMIL", "militias"), "190", "19", 4, -10.0, null, null, null, null);

        CSVRecord row = parse(write(e)).get(0);

        assertThat(row.get("source_agents")).isEqualTo("GOV MIL");
        assertThat(row.get("target_agents")).isEqualTo("REB MIL");
    }

    @Test
    void prefixesFreeTextThatASpreadsheetWouldRunAsAFormula() throws IOException {
        Event e = new Event("cc", "@import", "=1+1", 0, "=HYPERLINK(\"http://evil\",\"click\")", "2019",
                new ActorRef("---", null, List.of(), "+SUM(A1:A9)"),
                new ActorRef("---", null, List.of(), "-2 dead"),
                "---", null, null, -5.0, null, null,
                new Evidence("@cmd", "- * CRITICIZE", "\tverbs.txt:1"), null);

        String csv = write(e);
        CSVRecord row = parse(csv).get(0);

        assertThat(row.get("sentence")).isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(row.get("source_text")).isEqualTo("'+SUM(A1:A9)");
        assertThat(row.get("target_text")).isEqualTo("'-2 dead");
        assertThat(row.get("article_id")).isEqualTo("'@import");
        assertThat(row.get("sentence_id")).isEqualTo("'=1+1");
        assertThat(row.get("verb")).isEqualTo("'@cmd");
        assertThat(row.get("pattern")).isEqualTo("'- * CRITICIZE");
        assertThat(row.get("pattern_source")).isEqualTo("'\tverbs.txt:1");
        // codes and numbers are data, not text: never altered
        assertThat(row.get("source_code")).isEqualTo("---");
        assertThat(row.get("target_code")).isEqualTo("---");
        assertThat(row.get("code")).isEqualTo("---");
        assertThat(row.get("goldstein")).isEqualTo("-5.0");
        assertThat(csv).contains(",---,,,'+SUM(A1:A9),");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(CsvWriter.text("Norway criticized Sweden.")).isEqualTo("Norway criticized Sweden.");
        assertThat(CsvWriter.text("a = b")).isEqualTo("a = b");
        assertThat(CsvWriter.text("")).isEmpty();
        assertThat(CsvWriter.text(null)).isNull();
    }

    @Test
    void closeClosesTheUnderlyingWriterAfterFlushing() throws IOException {
        StringWriter sink = new StringWriter();
        java.io.Writer out = new java.io.FilterWriter(sink) {
            boolean closed;

            @Override
            public void close() throws IOException {
                closed = true;
                super.close();
            }

            @Override
            public String toString() {
                return Boolean.toString(closed);
            }
        };
        CsvWriter w = new CsvWriter(out);
        w.write(criticize("Norway criticized Sweden."));
        w.flush();
        assertThat(sink.toString()).contains("Norway criticized Sweden.");
        w.close();
        assertThat(out.toString()).isEqualTo("true");
    }

    @Test
    void attributionPlaceAndCountsHaveTheirColumns() throws IOException {
        Event e = criticize("Norway criticized Sweden in Oslo, a diplomat said.")
                .withAttribution(new org.dyad.core.model.Attribution("=a diplomat", null, true, false))
                .withLocation(new org.dyad.core.model.Location("Oslo", "NOR", 59.91, 10.75))
                .withCounts(3, 2, 2);

        CSVRecord row = parse(write(e)).get(0);

        assertThat(row.get("attribution_text")).isEqualTo("'=a diplomat");
        assertThat(row.get("attribution_anonymous")).isEqualTo("true");
        assertThat(row.get("location_country")).isEqualTo("NOR");
        assertThat(row.get("location_lat")).isEqualTo("59.91");
        assertThat(row.get("mentions")).isEqualTo("3");
        assertThat(row.get("sources")).isEqualTo("2");
    }
}
