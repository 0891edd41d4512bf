package org.dyad.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscardAndIssueTest {

    private static List<DictionaryLine> lines(String name, String text) {
        return PetrarchLines.parse(name, text);
    }

    private static final DiscardList DISCARDS = DiscardList.readPetrarch(lines("discards.txt", """
            # '+' discards the whole story
            +TYPHOON
            +world cup_
            BASEBALL
            FOOTBALL_
            MONTHS LATER
            """));

    @Test
    void aPlusMarksAStoryDiscard() {
        Discard d = DISCARDS.find("A typhoon hit the coast of Luzon.").orElseThrow();

        assertThat(d.story()).isTrue();
        assertThat(d.phrase()).isEqualTo("TYPHOON");
        assertThat(d.source()).isEqualTo("discards.txt:2");
    }

    @Test
    void aPhraseWithoutPlusDiscardsTheSentenceOnly() {
        Discard d = DISCARDS.find("Norway beat Sweden at baseball.").orElseThrow();

        assertThat(d.story()).isFalse();
        assertThat(d.phrase()).isEqualTo("BASEBALL");
    }

    @Test
    void aStoryDiscardWinsOverAnEarlierSentenceDiscard() {
        assertThat(DISCARDS.find("Baseball was cancelled because of the typhoon.").orElseThrow().story()).isTrue();
    }

    @Test
    void withoutAFinalUnderscoreTheLastWordIsAStem() {
        assertThat(DISCARDS.find("The baseballs were lost.")).isPresent();
        assertThat(DISCARDS.find("Typhoons are common in autumn.")).isPresent();
        assertThat(DISCARDS.find("Two months lateral thinking")).isPresent();
        // only the last word of a phrase is a stem
        assertThat(DISCARDS.find("Two monthsly later")).isEmpty();
    }

    @Test
    void aFinalUnderscoreRequiresTheWholeWord() {
        assertThat(DISCARDS.find("The football match was cancelled.")).isPresent();
        assertThat(DISCARDS.find("The footballer was arrested.")).isEmpty();
        assertThat(DISCARDS.find("Norway won the World Cup.")).isPresent();
        assertThat(DISCARDS.find("Norway won the World Cups.")).isEmpty();
    }

    @Test
    void discardsIgnoreCase() {
        assertThat(DISCARDS.find("WORLD cup qualifiers")).hasValueSatisfying(d -> assertThat(d.story()).isTrue());
        assertThat(DISCARDS.find("FoOtBaLl")).isPresent();
    }

    @Test
    void aPhraseMustAppearAsWordsNotInsideAWord() {
        assertThat(DISCARDS.find("Norway condemned the prebaseball league.")).isEmpty();
        assertThat(DISCARDS.find("Norway condemned Sweden.")).isEmpty();
    }

    @Test
    void anEmptyDiscardIsReported() {
        DiscardList list = DiscardList.readPetrarch(lines("discards.txt", "GOLF\n+\n"));

        assertThat(list.problems()).extracting(DictionaryProblem::line).containsExactly(2);
        assertThat(list.find("golf")).isPresent();
    }

    private static final IssueDictionary ISSUES = IssueDictionary.readPetrarch(lines("issues.txt", """
            <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
            n:school [SCHOOLS]
            n:academy [SCHOOLS]
            v:protest [PROTEST]
            pre+k [EARLY_EDUCATION]
            head start [EARLY_EDUCATION]
            ~a head start
            </ISSUE>
            """));

    @Test
    void issueMarkupLinesAreNotPhrases() {
        assertThat(ISSUES.problems()).isEmpty();
    }

    @Test
    void nounEntriesMatchTheirPlurals() {
        assertThat(ISSUES.find("The school was closed.")).containsExactly(Map.entry("SCHOOLS", 1));
        assertThat(ISSUES.find("Two schools were closed.")).containsExactly(Map.entry("SCHOOLS", 1));
        assertThat(ISSUES.find("Military academies opened.")).containsExactly(Map.entry("SCHOOLS", 1));
        assertThat(ISSUES.find("A schoolhouse burned.")).isEmpty();
    }

    @Test
    void eachOccurrenceIsCounted() {
        assertThat(ISSUES.find("Schools, an academy and a school")).containsEntry("SCHOOLS", 3);
    }

    @Test
    void verbEntriesMatchTheRegularVerbForms() {
        assertThat(ISSUES.find("Students protested.")).containsEntry("PROTEST", 1);
        assertThat(ISSUES.find("Students are protesting.")).containsEntry("PROTEST", 1);
        assertThat(ISSUES.find("She protests.")).containsEntry("PROTEST", 1);
        assertThat(ISSUES.find("A protest")).containsEntry("PROTEST", 1);
        assertThat(ISSUES.find("Protesters gathered")).isEmpty();
    }

    @Test
    void aPlusMatchesBothASpaceAndAHyphen() {
        assertThat(ISSUES.find("Funding for pre-K was cut.")).containsEntry("EARLY_EDUCATION", 1);
        assertThat(ISSUES.find("Funding for pre k was cut.")).containsEntry("EARLY_EDUCATION", 1);
        assertThat(ISSUES.find("Funding for prek was cut.")).isEmpty();
    }

    @Test
    void aTildePhraseCancelsIssueCoding() {
        assertThat(ISSUES.find("Head Start funding grew in schools.")).containsOnlyKeys("EARLY_EDUCATION", "SCHOOLS");
        assertThat(ISSUES.find("Norway got a head start over schools in Sweden.")).isEmpty();
    }

    @Test
    void anIssueWithoutACodeIsReported() {
        IssueDictionary dict = IssueDictionary.readPetrarch(lines("issues.txt", """
                n:teacher [TEACHERS]
                n:pupil
                """));

        assertThat(dict.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.file()).isEqualTo("issues.txt");
        });
        assertThat(dict.find("pupils and teachers")).containsExactly(Map.entry("TEACHERS", 1));
    }
}
