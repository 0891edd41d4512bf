package org.dyad.core.dictionary;

/** A phrase that marks a sentence (or, with {@code story}, its whole story) as not political news. */
public record Discard(String phrase, boolean story, String source) {
}
