package org.dyad.core.coder;

/**
 * One who-did-what-to-whom triple as the dictionary coder finds it, before enrichment.
 *
 * @param source       actor code of the source, "---" when uncoded
 * @param target       actor code of the target
 * @param code         CAMEO event code
 * @param sourceText   the words of the source noun phrase
 * @param targetText   the words of the target noun phrase
 * @param verb         the verb (and the other words of a multi-word verb) that carries the event
 * @param pattern      the dictionary entry that matched, as written, or the verb's default code
 * @param patternSource file:line of that entry
 * @param passive      the verb phrase was passive, so source and target were swapped
 * @param modality     how certainly the sentence reports the event; the code is still the
 *                     dictionary's, as PETRARCH codes it
 */
public record CodedEvent(String source, String target, String code,
                         String sourceText, String targetText,
                         String verb, String pattern, String patternSource, boolean passive, Modality modality) {

    /** A negation stands between the verb and its subject ("did not attack"). */
    public boolean negated() {
        return modality == Modality.NEGATED;
    }

    /** The same event, reported with another certainty. */
    public CodedEvent withModality(Modality m) {
        return new CodedEvent(source, target, code, sourceText, targetText, verb, pattern, patternSource, passive, m);
    }
}
