package org.dyad.core.model;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.tree.ParseTree;

/**
 * One sentence of an article with its constituency parse, as the coder consumes it. Pre-parsed
 * PETRARCH records and sentences parsed by the NLP stage both arrive as this value; the first
 * carry no tokens or time expressions.
 *
 * @param id    the sentence's id (PETRARCH's {@code <Sentence id>}, or article id and index)
 * @param index position of the sentence in its article, from 0 or as the input numbers it
 * @param date  the date actor codes are resolved against; null when unknown
 */
public record Sentence(String articleId, String id, int index, String text, LocalDate date, ParseTree tree,
                       List<Token> tokens, List<TimeExpression> times) {

    public Sentence {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        times = times == null ? List.of() : List.copyOf(times);
    }

    /** A sentence that comes with its tree only, as PETRARCH's pre-parsed input does. */
    public static Sentence preParsed(String articleId, String id, int index, String text, LocalDate date,
                                     ParseTree tree) {
        return new Sentence(articleId, id, index, text, date, tree, List.of(), List.of());
    }
}
