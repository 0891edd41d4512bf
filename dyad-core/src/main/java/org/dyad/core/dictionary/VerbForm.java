package org.dyad.core.dictionary;

import java.util.List;

/**
 * A word form that can head a coded verb phrase: ATTACKED, BROKE, SAYS. It points to its primary
 * verb, whose patterns are tried; {@code code} applies when no pattern matches ("---" for none).
 * Multi-word verbs anchored on this word are tried first.
 */
public record VerbForm(String word, String code, String primary, List<MultiWordVerb> multiWords, String source) {

    public VerbForm {
        multiWords = List.copyOf(multiWords);
    }
}
