package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Article;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.TimeExpression;
import org.dyad.core.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CoreNLP's output as dyad's values. One pipeline for the class: the models take seconds to load. */
class CoreNlpParserTest {

    private static CoreNlpParser parser;

    @BeforeAll
    static void load() {
        parser = new CoreNlpParser(NlpOptions.defaults());
    }

    private static final String WIRE = """
            Norway expels Swedish envoy

            OSLO, March 3 - Norway expelled a Swedish diplomat on Tuesday, the foreign ministry said. \
            The two governments met last month in Stockholm.
            """;

    @Test
    void sentencesTokensAndTreesComeFromTheText() {
        Article a = new Article("a1", null, null, LocalDate.of(2020, 3, 5), null, WIRE);

        List<Sentence> sentences = parser.parse(a);

        // the headline stands alone: a blank line ends a sentence
        assertThat(sentences).extracting(Sentence::text).first().isEqualTo("Norway expels Swedish envoy");
        assertThat(sentences).hasSize(3);
        Sentence second = sentences.get(1);
        assertThat(second.articleId()).isEqualTo("a1");
        assertThat(second.index()).isEqualTo(1);
        assertThat(second.date()).isEqualTo(LocalDate.of(2020, 3, 5));
        assertThat(second.tree().label()).isEqualTo("ROOT");
        assertThat(String.join(" ", second.tree().words())).startsWith("OSLO , March 3");
        for (Token t : second.tokens()) {
            assertThat(WIRE.substring(t.begin(), t.end())).isEqualTo(t.word());
        }
        assertThat(second.tokens()).extracting(Token::ner).contains("CITY", "COUNTRY");
    }

    @Test
    void timeExpressionsAreResolvedAgainstTheArticleDate() {
        Article a = new Article("a1", null, null, LocalDate.of(2020, 3, 5), null, WIRE);

        List<TimeExpression> times = parser.parse(a).get(2).times();

        assertThat(times).extracting(TimeExpression::text, TimeExpression::value)
                .contains(org.assertj.core.groups.Tuple.tuple("last month", "2020-02"));
    }

    @Test
    void eachArticleIsDatedByItsOwnDateWhateverWasParsedBefore() {
        Article spring = new Article("s", null, null, LocalDate.of(2019, 5, 14), null,
                "The ministers met on Friday in Oslo.");
        Article winter = new Article("w", null, null, LocalDate.of(2021, 12, 1), null,
                "The ministers met on Friday in Oslo.");

        String first = fridayOf(spring);
        fridayOf(winter);
        String again = fridayOf(spring);

        assertThat(first).startsWith("2019-05");
        assertThat(again).isEqualTo(first);
        assertThat(fridayOf(winter)).startsWith("2021-1");
    }

    private static String fridayOf(Article a) {
        return parser.parse(a).get(0).times().stream().filter(t -> t.text().equals("Friday")).findFirst()
                .map(TimeExpression::value).orElse("none");
    }
}
