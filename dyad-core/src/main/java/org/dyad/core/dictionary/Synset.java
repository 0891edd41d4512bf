package org.dyad.core.dictionary;

import java.util.List;

/** A named set of words or phrases that a pattern can refer to as &amp;NAME; nested sets are already expanded. */
public record Synset(String name, List<List<String>> phrases) {

    public Synset {
        phrases = phrases.stream().map(List::copyOf).toList();
    }
}
