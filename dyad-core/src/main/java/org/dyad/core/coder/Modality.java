package org.dyad.core.coder;

import java.util.List;
import java.util.Set;

/**
 * How certainly a sentence reports an event: as fact, denied, possible, or yet to come. Read from
 * the words between the verb and its subject ("did not", "might", "will", "plans to", "is
 * considering") and a governing "if": the field's tools code all four as fact.
 */
public enum Modality {
    ASSERTED, NEGATED, HYPOTHETICAL, FUTURE;

    private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR");
    private static final Set<String> HYPOTHETICAL_WORDS = Set.of("MIGHT", "COULD", "WOULD", "MAY", "SHOULD",
            "MUST", "CAN", "CONSIDERING", "CONSIDERS", "CONSIDERED", "MULLING", "WEIGHING", "PROPOSED", "PROPOSES",
            "PROPOSING", "SUGGESTED", "SUGGESTS", "WANTS", "WANTED", "SEEKS", "SOUGHT", "HOPES", "HOPED", "IF",
            "UNLESS", "POSSIBLY", "PERHAPS", "REPORTEDLY", "ALLEGEDLY", "THREATENED", "THREATENS", "OFFERED",
            "OFFERS", "ASKED", "URGED", "CALLED");
    private static final Set<String> FUTURE_WORDS = Set.of("WILL", "SHALL", "'LL", "WO", "PLANS", "PLANNED",
            "PLAN", "PLANNING", "INTENDS", "INTENDED", "SCHEDULED", "EXPECTED", "SET", "PREPARING", "PREPARES",
            "VOWED", "VOWS", "PLEDGED", "PLEDGES", "PROMISED", "PROMISES", "AGREED", "DECIDED", "GOING", "ABOUT",
            "TOMORROW", "NEXT", "SOON", "UPCOMING");

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The modality of a verb given the words between it and its subject, nearest the verb first.
     * A negation wins over everything ("will not attack" is a denial of the future act); then a
     * hypothetical marker; then a future one.
     */
    static Modality of(List<String> wordsBeforeVerb) {
        boolean hypothetical = false;
        boolean future = false;
        for (String w : wordsBeforeVerb) {
            if (NEGATIONS.contains(w)) {
                return NEGATED;
            }
            hypothetical |= HYPOTHETICAL_WORDS.contains(w);
            future |= FUTURE_WORDS.contains(w);
        }
        return hypothetical ? HYPOTHETICAL : future ? FUTURE : ASSERTED;
    }
}
