package org.dyad.core.model;

/**
 * A time expression in a sentence, normalised against the article date ("last month" in an
 * article of 2019-05-14 is 2019-04).
 *
 * @param type       TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value      TIMEX3 value: 2019-04, 2019-02-14, PT1M, ...; null when unresolved
 * @param firstToken index of the first token in the sentence
 * @param lastToken  index just past the last token
 */
public record TimeExpression(String text, String type, String value, int firstToken, int lastToken) {
}
