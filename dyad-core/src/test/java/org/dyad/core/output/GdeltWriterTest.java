package org.dyad.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dyad.core.model.ActorRef;
import org.dyad.core.model.Event;
import org.dyad.core.model.Evidence;
import org.dyad.core.model.Plover;
import org.junit.jupiter.api.Test;

class GdeltWriterTest {

    // Positions from the GDELT 2.0 Event codebook, written out here so the test does not trust
    // the writer's own column list.
    private static final int GLOBAL_EVENT_ID = 0;
    private static final int DAY = 1;
    private static final int MONTH_YEAR = 2;
    private static final int YEAR = 3;
    private static final int FRACTION_DATE = 4;
    private static final int ACTOR1_CODE = 5;
    private static final int ACTOR1_NAME = 6;
    private static final int ACTOR1_COUNTRY = 7;
    private static final int ACTOR1_KNOWN_GROUP = 8;
    private static final int ACTOR1_TYPE1 = 12;
    private static final int ACTOR1_TYPE2 = 13;
    private static final int ACTOR1_TYPE3 = 14;
    private static final int ACTOR2_CODE = 15;
    private static final int ACTOR2_NAME = 16;
    private static final int ACTOR2_COUNTRY = 17;
    private static final int ACTOR2_TYPE1 = 22;
    private static final int IS_ROOT_EVENT = 25;
    private static final int EVENT_CODE = 26;
    private static final int EVENT_BASE_CODE = 27;
    private static final int EVENT_ROOT_CODE = 28;
    private static final int QUAD_CLASS = 29;
    private static final int GOLDSTEIN = 30;
    private static final int NUM_MENTIONS = 31;
    private static final int NUM_SOURCES = 32;
    private static final int NUM_ARTICLES = 33;
    private static final int AVG_TONE = 34;
    private static final int ACTOR1_GEO_TYPE = 35;
    private static final int ACTOR2_GEO_TYPE = 43;
    private static final int ACTION_GEO_TYPE = 51;
    private static final int ACTION_GEO_LAT = 56;
    private static final int DATE_ADDED = 59;
    private static final int SOURCE_URL = 60;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);

    private static Event event(String id, int sentenceIndex, String date, ActorRef source, ActorRef target,
                               String code, String root, Integer quad, Double goldstein) {
        return new Event(id, "art-1", "art-1-" + sentenceIndex, sentenceIndex, "Norway criticized Sweden.", date,
                source, target, code, root, quad, goldstein,
                new Plover("ACCUSE", "disapprove", ""), null, new Evidence("criticized", "- * CRITICIZE", "v:1"),
                Map.of("REFUGEES", 1));
    }

    private static Event criticize() {
        return event("3f2a9c0d4e5b6a7980112233", 0, "2019-04-12",
                new ActorRef("NORGOV", "NOR", List.of("GOV"), "Norwegian government"),
                ActorRef.of("SWE", "Sweden"), "121", "12", 3, -2.0);
    }

    private static List<String[]> rows(Clock clock, Event... events) throws IOException {
        StringWriter out = new StringWriter();
        try (GdeltWriter w = new GdeltWriter(out, clock)) {
            for (Event e : events) {
                w.write(e);
            }
        }
        String text = out.toString();
        assertThat(text).endsWith("\n");
        return text.lines().map(l -> l.split("\t", -1)).toList();
    }

    private static String[] row(Event e) throws IOException {
        List<String[]> rows = rows(CLOCK, e);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void columnListIsTheCodebooksSixtyOne() {
        assertThat(GdeltWriter.COLUMNS).hasSize(61).doesNotHaveDuplicates();
        assertThat(GdeltWriter.COLUMNS.get(DAY)).isEqualTo("Day");
        assertThat(GdeltWriter.COLUMNS.get(ACTOR1_TYPE1)).isEqualTo("Actor1Type1Code");
        assertThat(GdeltWriter.COLUMNS.get(IS_ROOT_EVENT)).isEqualTo("IsRootEvent");
        assertThat(GdeltWriter.COLUMNS.get(ACTOR1_GEO_TYPE)).isEqualTo("Actor1Geo_Type");
        assertThat(GdeltWriter.COLUMNS.get(ACTION_GEO_LAT)).isEqualTo("ActionGeo_Lat");
        assertThat(GdeltWriter.COLUMNS.get(DATE_ADDED)).isEqualTo("DATEADDED");
        assertThat(GdeltWriter.COLUMNS.get(SOURCE_URL)).isEqualTo("SOURCEURL");
    }

    @Test
    void writesSixtyOneTabSeparatedFieldsPerRowWithoutHeader() throws IOException {
        List<String[]> rows = rows(CLOCK, criticize(), criticize());

        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r).hasSize(61));
        assertThat(rows.get(0)[GLOBAL_EVENT_ID]).isNotEqualTo("GlobalEventID");
    }

    @Test
    void fillsTheFieldsDyadKnowsAtTheirCodebookPositions() throws IOException {
        String[] r = row(criticize());

        assertThat(r[GLOBAL_EVENT_ID]).isEqualTo(Long.toString(Long.parseLong("3f2a9c0d4e5b6a7", 16)));
        assertThat(r[DAY]).isEqualTo("20190412");
        assertThat(r[MONTH_YEAR]).isEqualTo("201904");
        assertThat(r[YEAR]).isEqualTo("2019");
        assertThat(r[FRACTION_DATE]).isEqualTo("2019.2795"); // (3 * 30 + 12) / 365
        assertThat(r[ACTOR1_CODE]).isEqualTo("NORGOV");
        assertThat(r[ACTOR1_NAME]).isEqualTo("Norwegian government");
        assertThat(r[ACTOR1_COUNTRY]).isEqualTo("NOR");
        assertThat(r[ACTOR1_KNOWN_GROUP]).isEmpty();
        assertThat(r[ACTOR1_TYPE1]).isEqualTo("GOV");
        assertThat(r[ACTOR1_TYPE2]).isEmpty();
        assertThat(r[ACTOR2_CODE]).isEqualTo("SWE");
        assertThat(r[ACTOR2_NAME]).isEqualTo("Sweden");
        assertThat(r[ACTOR2_COUNTRY]).isEqualTo("SWE");
        assertThat(r[ACTOR2_TYPE1]).isEmpty();
        assertThat(r[IS_ROOT_EVENT]).isEqualTo("1");
        assertThat(r[EVENT_CODE]).isEqualTo("121");
        assertThat(r[EVENT_BASE_CODE]).isEqualTo("121");
        assertThat(r[EVENT_ROOT_CODE]).isEqualTo("12");
        assertThat(r[QUAD_CLASS]).isEqualTo("3");
        assertThat(r[GOLDSTEIN]).isEqualTo("-2.0");
        assertThat(r[NUM_MENTIONS]).isEqualTo("1");
        assertThat(r[NUM_SOURCES]).isEqualTo("1");
        assertThat(r[NUM_ARTICLES]).isEqualTo("1");
        assertThat(r[AVG_TONE]).isEmpty();
        assertThat(r[ACTOR1_GEO_TYPE]).isEqualTo("0");
        assertThat(r[ACTOR2_GEO_TYPE]).isEqualTo("0");
        assertThat(r[ACTION_GEO_TYPE]).isEqualTo("0");
        assertThat(r[ACTION_GEO_LAT]).isEmpty();
        assertThat(r[DATE_ADDED]).isEqualTo("20240506070809");
        assertThat(r[SOURCE_URL]).isEmpty();
    }

    @Test
    void fourDigitCodeHasItsThreeDigitBaseAndLaterSentencesAreNotRoot() throws IOException {
        String[] r = row(event("0123456789abcdef01234567", 3, "2019-04-12", ActorRef.of("USAGOVMILREBSPY", "US"),
                ActorRef.of("IRQ", "Iraq"), "1231", "12", 3, -4.0));

        assertThat(r[EVENT_CODE]).isEqualTo("1231");
        assertThat(r[EVENT_BASE_CODE]).isEqualTo("123");
        assertThat(r[EVENT_ROOT_CODE]).isEqualTo("12");
        assertThat(r[IS_ROOT_EVENT]).isEqualTo("0");
        assertThat(r[ACTOR1_TYPE1]).isEqualTo("GOV");
        assertThat(r[ACTOR1_TYPE2]).isEqualTo("MIL");
        assertThat(r[ACTOR1_TYPE3]).isEqualTo("REB");
        assertThat(r[GLOBAL_EVENT_ID]).isEqualTo(Long.toString(0x0123456789abcdeL));
    }

    @Test
    void aDateKnownToTheMonthOrYearIsWrittenAsItsFirstDay() throws IOException {
        String[] month = row(event("a1", 0, "2019-04", ActorRef.of("NOR", "Norway"), ActorRef.of("SWE", "Sweden"),
                "121", "12", 3, -2.0));
        String[] year = row(event("a2", 0, "2019", ActorRef.of("NOR", "Norway"), ActorRef.of("SWE", "Sweden"),
                "121", "12", 3, -2.0));
        String[] none = row(event("a3", 0, null, ActorRef.of("NOR", "Norway"), ActorRef.of("SWE", "Sweden"),
                "121", "12", 3, -2.0));

        assertThat(new String[] {month[DAY], month[MONTH_YEAR], month[YEAR], month[FRACTION_DATE]})
                .containsExactly("20190401", "201904", "2019", "2019.2493");
        assertThat(new String[] {year[DAY], year[MONTH_YEAR], year[YEAR], year[FRACTION_DATE]})
                .containsExactly("20190101", "201901", "2019", "2019.0027");
        assertThat(new String[] {none[DAY], none[MONTH_YEAR], none[YEAR], none[FRACTION_DATE]})
                .containsOnly("");
        assertThat(none).hasSize(61);
    }

    @Test
    void fractionDateMatchesGdeltsPublishedRows() {
        assertThat(GdeltWriter.fractionDate(LocalDate.of(2004, 11, 26))).isEqualTo("2004.8932");
        assertThat(GdeltWriter.fractionDate(LocalDate.of(2013, 11, 24))).isEqualTo("2013.8877");
        assertThat(GdeltWriter.fractionDate(LocalDate.of(1979, 1, 1))).isEqualTo("1979.0027");
        assertThat(GdeltWriter.fractionDate(LocalDate.of(2020, 3, 1))).isEqualTo("2020.1671");
    }

    @Test
    void aMalformedDateIsReportedWithTheEvent() {
        Event bad = event("bad1", 0, "12/04/2019", ActorRef.of("NOR", "Norway"), ActorRef.of("SWE", "Sweden"),
                "121", "12", 3, -2.0);

        assertThatThrownBy(() -> rows(CLOCK, bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad1").hasMessageContaining("12/04/2019");
    }

    @Test
    void tabsAndLineBreaksInActorTextDoNotShiftColumns() throws IOException {
        Event e = event("c1", 0, "2019-04-12",
                new ActorRef("NORGOV", "NOR", List.of("GOV"), "Norwegian\tgovernment\nin Oslo"),
                ActorRef.of("SWE", "Swe\r\nden\u2028"), "121", "12", 3, -2.0);

        String[] r = row(e);

        assertThat(r).hasSize(61);
        assertThat(r[ACTOR1_NAME]).isEqualTo("Norwegian government in Oslo");
        assertThat(r[ACTOR2_NAME]).isEqualTo("Swe  den ");
        assertThat(r[ACTOR1_COUNTRY]).isEqualTo("NOR");
        assertThat(r[EVENT_CODE]).isEqualTo("121");
        assertThat(r[DATE_ADDED]).isEqualTo("20240506070809");
    }

    @Test
    void unidentifiedActorsAreBlankAndPetrarchPlaceholderIsDropped() throws IOException {
        String[] r = row(event("d1", 0, "2019-04-12", ActorRef.of("---GOV", "the government"),
                ActorRef.of("---", "gunmen"), "190", "19", 4, -10.0));
        String[] phrase = row(event("d2", 0, "2019-04-12", ActorRef.of("\"the junta\"", "the junta"),
                ActorRef.of("SWE", "Sweden"), "190", "19", 4, -10.0));

        assertThat(r[ACTOR1_CODE]).isEqualTo("GOV");
        assertThat(r[ACTOR1_COUNTRY]).isEmpty();
        assertThat(r[ACTOR1_TYPE1]).isEqualTo("GOV");
        assertThat(r[ACTOR1_NAME]).isEqualTo("the government");
        assertThat(r[ACTOR2_CODE]).isEmpty();
        assertThat(r[ACTOR2_NAME]).isEmpty();
        assertThat(phrase[ACTOR1_CODE]).isEmpty();
        assertThat(phrase[ACTOR1_NAME]).isEmpty();
    }

    @Test
    void unknownCodeAndScoresLeaveTheirColumnsBlank() throws IOException {
        String[] r = row(event("e1", 0, "2019-04-12", ActorRef.of("NOR", "Norway"), null,
                "174K", null, null, null));

        assertThat(r).hasSize(61);
        assertThat(r[EVENT_CODE]).isEqualTo("174K");
        assertThat(r[EVENT_BASE_CODE]).isEmpty();
        assertThat(r[EVENT_ROOT_CODE]).isEmpty();
        assertThat(r[QUAD_CLASS]).isEmpty();
        assertThat(r[GOLDSTEIN]).isEmpty();
        assertThat(r[ACTOR2_CODE]).isEmpty();
    }

    @Test
    void dateAddedIsTheClockInUtcReadOnceForTheWholeFile() throws IOException {
        Clock oslo = Clock.fixed(Instant.parse("2024-12-31T23:30:00Z"), ZoneId.of("Europe/Oslo"));

        List<String[]> rows = rows(oslo, criticize(), criticize());

        assertThat(rows).extracting(r -> r[DATE_ADDED]).containsOnly("20241231233000");
    }

    @Test
    void globalEventIdIsStableAndPositiveForAnyId() {
        assertThat(GdeltWriter.globalEventId("ffffffffffffffffffffffff")).isEqualTo(0xfffffffffffffffL);
        assertThat(GdeltWriter.globalEventId("not-hex")).isEqualTo(GdeltWriter.globalEventId("not-hex"))
                .isPositive();
        assertThat(GdeltWriter.globalEventId("e1")).isNotEqualTo(GdeltWriter.globalEventId("e2"));
    }
}
