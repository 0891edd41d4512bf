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

    private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR",
            // the subject's own refusal or denial of the act: "refused to sign", "denied attacking"
            "REFUSED", "REFUSES", "REFUSE", "REFUSING", "DENIED", "DENIES", "DENY", "DENYING", "DECLINED",
            "DECLINES", "FAILED", "FAILS");
    private static final Set<String> HYPOTHETICAL_WORDS = Set.of("MIGHT", "COULD", "WOULD", "MAY", "SHOULD",
            "MUST", "CAN", "CONSIDERING", "CONSIDERS", "CONSIDERED", "MULLING", "WEIGHING", "PROPOSED", "PROPOSES",
            "PROPOSING", "SUGGESTED", "SUGGESTS", "WANTS", "WANTED", "SEEKS", "SOUGHT", "HOPES", "HOPED", "IF",
            "UNLESS", "POSSIBLY", "PERHAPS", "LIKELY", "UNLIKELY", "READY", "WILLING", "PREPARED",
            "REPORTEDLY", "ALLEGEDLY", "THREATENED", "THREATENS", "OFFERED",
            "OFFERS", "ASKED", "URGED", "CALLED");
    private static final Set<String> FUTURE_WORDS = Set.of("WILL", "SHALL", "'LL", "WO", "PLANS", "PLANNED",
            "PLAN", "PLANNING", "INTENDS", "INTENDED", "SCHEDULED", "EXPECTED", "SET", "PREPARING", "PREPARES",
            "VOWED", "VOWS", "PLEDGED", "PLEDGES", "PROMISED", "PROMISES", "AGREED", "DECIDED", "GOING", "ABOUT",
            "TOMORROW", "NEXT", "SOON", "UPCOMING", "DUE");

    /**
     * Verbs whose complement they deny: "refused to visit", "denied hosting", "declined to sign",
     * "rejected claims that ...".
     */
    private static final Set<String> DENYING_VERBS = Set.of("REFUSE", "REFUSED", "REFUSES", "REFUSING", "DECLINE",
            "DECLINED", "DECLINES", "DECLINING", "DENY", "DENIED", "DENIES", "DENYING", "FAIL", "FAILED", "FAILS",
            "REJECT", "REJECTED", "REJECTS", "REJECTING", "DISMISS", "DISMISSED", "DISMISSES", "REFUTE", "REFUTED",
            "REFUTES");
    /** Verbs that put forward a possibility: "is considering sanctions", "threatened military action". */
    private static final Set<String> CONTEMPLATING_VERBS = Set.of("CONSIDER", "CONSIDERED", "CONSIDERS",
            "CONSIDERING", "PROPOSE", "PROPOSED", "PROPOSES", "PROPOSING", "SUGGEST", "SUGGESTED", "SUGGESTS",
            "SUGGESTING", "THREATEN", "THREATENED", "THREATENS", "THREATENING", "MULL", "MULLED", "MULLS",
            "MULLING");
    /** Verbs that announce an act to come: "plans to visit", "pledged aid", "vowed to retaliate". */
    private static final Set<String> INTENDING_VERBS = Set.of("PLAN", "PLANNED", "PLANS", "PLANNING", "INTEND",
            "INTENDED", "INTENDS", "INTENDING", "PROMISE", "PROMISED", "PROMISES", "PROMISING", "PLEDGE", "PLEDGED",
            "PLEDGES", "PLEDGING", "VOW", "VOWED", "VOWS", "VOWING");

    /**
     * The modality of an event coded on a verb that itself carries one: the refusal, proposal or
     * threat is reported, the act it names is not a fact ("suggested that ships be stationed" is
     * hypothetical). A denying verb counts only with a clause after it ("refused to sign", not
     * "refused the offer", which is a rejection that took place). Null when the verb carries none.
     *
     * @param verb          the verb's first word, upper case
     * @param clauseFollows a "to", "that" or -ing form follows the verb
     */
    static Modality ofVerb(String verb, boolean clauseFollows) {
        if (DENYING_VERBS.contains(verb)) {
            return clauseFollows ? NEGATED : null;
        }
        if (CONTEMPLATING_VERBS.contains(verb)) {
            return HYPOTHETICAL;
        }
        return INTENDING_VERBS.contains(verb) ? FUTURE : null;
    }

    /** The stronger of two readings: a negation, then a possibility, then a plan, then a fact. */
    static Modality strongest(Modality a, Modality b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        for (Modality m : List.of(NEGATED, HYPOTHETICAL, FUTURE)) {
            if (a == m || b == m) {
                return m;
            }
        }
        return ASSERTED;
    }

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
        for (int i = 0; i < wordsBeforeVerb.size(); i++) {
            String w = wordsBeforeVerb.get(i);
            if (NEGATIONS.contains(w) || ruledOut(wordsBeforeVerb, i)) {
                return NEGATED;
            }
            hypothetical |= HYPOTHETICAL_WORDS.contains(w);
            future |= FUTURE_WORDS.contains(w);
        }
        return hypothetical ? HYPOTHETICAL : future ? FUTURE : ASSERTED;
    }

    /** "ruled out attacking": the words come nearest the verb first, so "out" before "ruled". */
    private static boolean ruledOut(List<String> words, int i) {
        return words.get(i).equals("OUT") && i + 1 < words.size()
                && (words.get(i + 1).equals("RULED") || words.get(i + 1).equals("RULES"));
    }
}
