package org.dyad.core.dictionary;

/**
 * One element of a verb pattern, read outward from the verb. {@code word} is a literal word, a
 * synset reference ("&amp;CURRENCY") or a marker: $ source, + target, ^ skip an actor phrase,
 * % compound actor.
 *
 * @param adjacent true when nothing may stand between this element and the previous one (the
 *                 dictionary's '_' connector); false allows intervening words (a blank)
 */
public record PatternToken(boolean adjacent, String word) {

    public boolean isSynset() {
        return word.startsWith("&");
    }

    public boolean isMarker() {
        return word.length() == 1 && "$+^%".indexOf(word.charAt(0)) >= 0;
    }
}
