package org.dyad.core.dictionary;

import java.util.List;

/**
 * A verb of several words anchored on one of them, such as BREAK DOWN (anchor BREAK, DOWN follows)
 * or WIRE TAP (anchor TAP, WIRE precedes).
 *
 * @param wordsFollow true when {@code words} follow the anchor, false when they precede it
 * @param words       the other words, nearest the anchor first
 * @param primary     the verb whose patterns apply
 */
public record MultiWordVerb(String code, String primary, boolean wordsFollow, List<String> words, String source) {

    public MultiWordVerb {
        words = List.copyOf(words);
    }
}
