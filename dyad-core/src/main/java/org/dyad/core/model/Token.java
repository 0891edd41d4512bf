package org.dyad.core.model;

/**
 * A token as the NLP stage reads it.
 *
 * @param begin character offset of the token in the article text (inclusive)
 * @param end   character offset just past the token
 * @param ner   named-entity class (PERSON, COUNTRY, ...), or "O"
 */
public record Token(String word, String lemma, String pos, String ner, int begin, int end) {
}
