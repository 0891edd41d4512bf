package org.dyad.core.model;

/**
 * Who the report of an event rests on: "according to a senior administration official",
 * "..., the foreign ministry said".
 *
 * @param text      the source's words as the sentence gives them
 * @param code      the actor code they resolve to; null when the dictionaries know none
 * @param anonymous the source is not named ("a senior official", "diplomats", "spoke on
 *                  condition of anonymity")
 * @param fromArticle the sentence names no source of its own and the article's first-named
 *                    source is given: wire stories attribute a run of sentences to one source
 */
public record Attribution(String text, String code, boolean anonymous, boolean fromArticle) {

    /** The same source, standing for a sentence that names none, anonymous as the article says. */
    public Attribution forArticle(boolean anonymous) {
        return new Attribution(text, code, anonymous, true);
    }
}
