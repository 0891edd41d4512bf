package org.dyad.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Attribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AttributionsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 10);

    /** A stand-in for the dictionaries: the foreign ministry is Norway's government. */
    private static String code(List<String> words, LocalDate date) {
        return words.contains("NORWEGIAN") || words.contains("NORWAY") ? "NORGOV" : null;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Norway expelled two diplomats, the Norwegian foreign ministry said. | the Norwegian foreign ministry | false",
            "Norway expelled two diplomats, a senior official said on Tuesday. | a senior official | true",
            "Norway expelled two diplomats, said Ingrid Berg, a ministry spokeswoman. | 'Ingrid Berg, a ministry spokeswoman' | false",
            "Norway expelled two diplomats according to Western diplomats. | Western diplomats | true",
            "The Norwegian foreign ministry said that Norway had expelled two diplomats. | The Norwegian foreign ministry | false",
    })
    void theSourceOfTheReportIsFound(String sentence, String text, boolean anonymous) {
        Attribution a = Attributions.find(sentence, DAY, AttributionsTest::code);

        assertThat(a).isNotNull();
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.anonymous()).isEqualTo(anonymous);
        assertThat(a.fromArticle()).isFalse();
    }

    @Test
    void aSourceTheDictionariesKnowCarriesItsCode() {
        assertThat(Attributions.find("Sweden protested, the Norwegian foreign ministry said.", DAY,
                AttributionsTest::code).code()).isEqualTo("NORGOV");
    }

    @Test
    void aSentenceThatNamesNoSourceHasNone() {
        assertThat(Attributions.find("Norway expelled two Swedish diplomats on Tuesday.", DAY,
                AttributionsTest::code)).isNull();
    }

    @Test
    void theArticlesSourceStandsForSentencesWithoutOneAndAnonymityAnywhereCounts() {
        List<String> sentences = List.of("Norway expelled two diplomats.",
                "The move follows a spying case, the official said.", "He spoke on condition of anonymity.");
        List<Attribution> named = sentences.stream()
                .map(s -> Attributions.find(s, DAY, AttributionsTest::code)).toList();
        Attribution a = Attributions.ofArticle(named, sentences);

        assertThat(a.text()).isEqualTo("the official");
        assertThat(a.anonymous()).isTrue();
        assertThat(a.fromArticle()).isTrue();
    }
}
