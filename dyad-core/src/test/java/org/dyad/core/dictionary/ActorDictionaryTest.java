package org.dyad.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

    static ActorDictionary actors(String text) {
        return ActorDictionary.fromLines(PetrarchLines.parse("actors.txt", text));
    }

    /** The actor whose phrase starts the given words, or null. */
    private static Actor at(ActorDictionary dict, String words) {
        PhraseIndex.Match<Actor> m = dict.index().matchAt(Arrays.asList(words.split(" ")), 0);
        return m == null ? null : m.value();
    }

    private static final String NORDIC = """
            NORWAY [NOR]
            +NORWEGIAN
            +KINGDOM_OF_NORWAY
            SWEDEN [SWE]
            NEW_ZEALAND [NZL]
            ZEALAND [DNK]
            GUINEA [GIN]
            GUINEA_BISSAU [GNB]
            ARCHBISHOP TUTU [ZAFREL]
            ARCHBISHOP_MAKARIOS [CYPREL]
            """;

    @Test
    void aPrimaryPhraseCarriesItsCode() {
        ActorDictionary dict = actors(NORDIC);

        assertThat(dict.problems()).isEmpty();
        Actor sweden = at(dict, "SWEDEN");
        assertThat(sweden.name()).isEqualTo("SWEDEN");
        assertThat(sweden.codeOn(LocalDate.of(2020, 1, 1))).isEqualTo("SWE");
        assertThat(sweden.source()).isEqualTo("actors.txt:4");
    }

    @Test
    void synonymsShareTheEntryAndItsCode() {
        ActorDictionary dict = actors(NORDIC);

        Actor norwegian = at(dict, "NORWEGIAN");
        Actor kingdom = at(dict, "KINGDOM OF NORWAY");
        assertThat(norwegian).isSameAs(at(dict, "NORWAY"));
        assertThat(kingdom).isSameAs(at(dict, "NORWAY"));
        assertThat(norwegian.name()).isEqualTo("NORWAY");
        assertThat(norwegian.codeOn(null)).isEqualTo("NOR");
    }

    @Test
    void phrasesAreMatchedRegardlessOfCaseInTheDictionary() {
        ActorDictionary dict = actors("Iceland [isl]\n");

        // PETRARCH upper-cases phrases; the code keeps its spelling
        assertThat(at(dict, "ICELAND").codeOn(null)).isEqualTo("isl");
    }

    @Test
    void underscoreJoinsAdjacentWordsOnly() {
        ActorDictionary dict = actors(NORDIC);

        assertThat(at(dict, "ARCHBISHOP MAKARIOS")).isNotNull();
        assertThat(at(dict, "ARCHBISHOP MIHAIL MAKARIOS")).isNull();
    }

    @Test
    void aBlankAllowsWordsInBetween() {
        ActorDictionary dict = actors(NORDIC);

        assertThat(at(dict, "ARCHBISHOP TUTU").codeOn(null)).isEqualTo("ZAFREL");
        PhraseIndex.Match<Actor> m = dict.index().matchAt(List.of("ARCHBISHOP", "DESMOND", "TUTU", "SAID"), 0);
        assertThat(m.value().codeOn(null)).isEqualTo("ZAFREL");
        assertThat(m.end()).isEqualTo(3);
    }

    @Test
    void theLongestPhraseWins() {
        ActorDictionary dict = actors(NORDIC);

        // GUINEA is listed first; the two-word entry must still be preferred
        assertThat(at(dict, "GUINEA BISSAU").codeOn(null)).isEqualTo("GNB");
        assertThat(at(dict, "GUINEA CONAKRY").codeOn(null)).isEqualTo("GIN");
        assertThat(at(dict, "NEW ZEALAND").codeOn(null)).isEqualTo("NZL");
        assertThat(at(dict, "ZEALAND").codeOn(null)).isEqualTo("DNK");
    }

    @Test
    void aPhraseMustBeCompleteToMatch() {
        ActorDictionary dict = actors(NORDIC);

        assertThat(at(dict, "NEW")).isNull();
        assertThat(at(dict, "KINGDOM OF")).isNull();
    }

    private static final String DATED = """
            JONAS_STORE
                [NORELI < 20130930]
                [NORGOV 20131001 - 20210930]
                [NORELI]
            KJELL_MAGNE
                [NORGOV < 971016]
                [NORLEG > 000318]
            ERNA_SOLBERG
                [NORGOV 131016-211014]
            """;

    @Test
    void untilADateIncludesTheDate() {
        Actor store = at(actors(DATED), "JONAS STORE");

        assertThat(store.codeOn(LocalDate.of(2013, 9, 30))).isEqualTo("NORELI");
        assertThat(store.codeOn(LocalDate.of(2005, 1, 1))).isEqualTo("NORELI");
    }

    @Test
    void anIntervalHoldsBetweenBothEndsInclusive() {
        Actor store = at(actors(DATED), "JONAS STORE");

        assertThat(store.codeOn(LocalDate.of(2013, 10, 1))).isEqualTo("NORGOV");
        assertThat(store.codeOn(LocalDate.of(2017, 6, 1))).isEqualTo("NORGOV");
        assertThat(store.codeOn(LocalDate.of(2021, 9, 30))).isEqualTo("NORGOV");
    }

    @Test
    void theUnrestrictedCodeAppliesOutsideTheIntervals() {
        Actor store = at(actors(DATED), "JONAS STORE");

        assertThat(store.codeOn(LocalDate.of(2021, 10, 1))).isEqualTo("NORELI");
        assertThat(store.codeOn(null)).isEqualTo("NORELI");
    }

    @Test
    void fromADateIncludesTheDate() {
        Actor bondevik = at(actors(DATED), "KJELL MAGNE");

        assertThat(bondevik.codeOn(LocalDate.of(2000, 3, 17))).isEqualTo("---");
        assertThat(bondevik.codeOn(LocalDate.of(2000, 3, 18))).isEqualTo("NORLEG");
        assertThat(bondevik.codeOn(LocalDate.of(2024, 1, 1))).isEqualTo("NORLEG");
    }

    @Test
    void nothingHoldsBetweenRestrictionsWithoutADefault() {
        Actor bondevik = at(actors(DATED), "KJELL MAGNE");

        assertThat(bondevik.codeOn(LocalDate.of(1997, 10, 16))).isEqualTo("NORGOV");
        assertThat(bondevik.codeOn(LocalDate.of(1998, 6, 1))).isEqualTo("---");
        assertThat(bondevik.codeOn(null)).isEqualTo("---");
    }

    @Test
    void twoDigitYearsUpToThirtyAreThisCentury() {
        ActorDictionary dict = actors(DATED);

        // 971016 is 1997, 000318 is 2000, 131016-211014 is 2013 to 2021
        assertThat(at(dict, "KJELL MAGNE").codes()).containsExactly(
                new DatedCode("NORGOV", null, LocalDate.of(1997, 10, 16)),
                new DatedCode("NORLEG", LocalDate.of(2000, 3, 18), null));
        assertThat(at(dict, "ERNA SOLBERG").codes()).containsExactly(
                new DatedCode("NORGOV", LocalDate.of(2013, 10, 16), LocalDate.of(2021, 10, 14)));
    }

    @Test
    void thirtyIsTheLastTwentyFirstCenturyYear() {
        ActorDictionary dict = actors("""
                FUTURE_LEADER
                    [AAA > 300101]
                OLD_LEADER
                    [BBB < 310101]
                """);

        assertThat(at(dict, "FUTURE LEADER").codes().get(0).from()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(at(dict, "OLD LEADER").codes().get(0).to()).isEqualTo(LocalDate.of(1931, 1, 1));
    }

    @Test
    void aRestrictionWithoutABlankBeforeTheSignIsRead() {
        ActorDictionary dict = actors("""
                RHODESIA
                    [RHO<790601]
                    [ZWE]
                """);

        Actor rhodesia = at(dict, "RHODESIA");
        assertThat(rhodesia.codeOn(LocalDate.of(1975, 1, 1))).isEqualTo("RHO");
        assertThat(rhodesia.codeOn(LocalDate.of(1985, 1, 1))).isEqualTo("ZWE");
    }

    @Test
    void aBadDateIsReportedWithItsLineAndTheRestLoads() {
        ActorDictionary dict = actors("""
                NORWAY [NOR]
                HAAKON
                    [NORGOV 19051318 - 19570921]
                    [NORELI]
                SWEDEN [SWE]
                """);

        assertThat(dict.problems()).hasSize(1);
        DictionaryProblem problem = dict.problems().get(0);
        assertThat(problem.file()).isEqualTo("actors.txt");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("19051318");
        assertThat(at(dict, "HAAKON").codeOn(LocalDate.of(1940, 1, 1))).isEqualTo("NORELI");
        assertThat(at(dict, "SWEDEN").codeOn(null)).isEqualTo("SWE");
    }

    @Test
    void aDateOfTheWrongLengthIsReported() {
        ActorDictionary dict = actors("""
                OLAV
                    [NORELI < 1957]
                DENMARK [DNK]
                """);

        assertThat(dict.problems()).extracting(DictionaryProblem::line).containsExactly(2);
        assertThat(at(dict, "DENMARK")).isNotNull();
    }

    @Test
    void anIntervalEndingBeforeItStartsIsReported() {
        ActorDictionary dict = actors("""
                OLAV
                    [NORGOV 19910117 - 19570921]
                """);

        assertThat(dict.problems()).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }

    @Test
    void aCodeLineBeforeAnyActorIsReported() {
        ActorDictionary dict = actors("""
                    [NOR]
                NORWAY [NOR]
                """);

        assertThat(dict.problems()).extracting(DictionaryProblem::line).containsExactly(1);
        assertThat(at(dict, "NORWAY")).isNotNull();
    }
}
