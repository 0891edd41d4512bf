package org.dyad.core.dictionary;

/** An issue phrase and its code; an {@code ignore} phrase cancels issue coding for the sentence. */
public record Issue(String phrase, String code, boolean ignore, String source) {
}
