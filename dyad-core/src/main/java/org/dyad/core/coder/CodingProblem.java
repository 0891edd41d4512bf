package org.dyad.core.coder;

/**
 * Why a sentence was not coded: a discard phrase, a tree the coder cannot read, a dateline.
 * {@code kind} uses PETRARCH's validation names (storydiscard, sentencediscard, dateline,
 * bad_input_parse, ...).
 */
public record CodingProblem(String kind, String message) {
}
