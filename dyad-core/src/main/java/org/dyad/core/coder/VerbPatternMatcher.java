package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dictionary.PatternToken;
import org.dyad.core.dictionary.Synset;
import org.dyad.core.dictionary.VerbDictionary;
import org.dyad.core.dictionary.VerbPattern;

/**
 * Matches one verb pattern against the words before the verb (read outward, so in reverse) and
 * after it (to the end of the verb phrase). A blank connector lets the matcher step over words
 * until the next pattern element appears; an underscore requires it next. Markers bind actor
 * slots: $ the source, + the target, % a compound actor, and ^ steps over a whole actor slot.
 */
final class VerbPatternMatcher {

    /** Where the pattern placed the source and target; -1 when it did not. */
    static final class Binding {
        int source = -1;
        boolean sourceUpper;
        int target = -1;
        boolean targetUpper;
    }

    /** A synset indexed for lookup: its one-word members, and its longer members by first and last word. */
    private record SynsetIndex(Set<String> singles, Map<String, List<List<String>>> byFirst,
                               Map<String, List<List<String>>> byLast) {

        static SynsetIndex of(Synset s) {
            Set<String> singles = new HashSet<>();
            Map<String, List<List<String>>> byFirst = new HashMap<>();
            Map<String, List<List<String>>> byLast = new HashMap<>();
            for (List<String> phrase : s.phrases()) {
                if (phrase.size() == 1) {
                    singles.add(phrase.get(0));
                } else if (phrase.size() > 1) {
                    byFirst.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
                    byLast.computeIfAbsent(phrase.get(phrase.size() - 1), k -> new ArrayList<>()).add(phrase);
                }
            }
            return new SynsetIndex(singles, byFirst, byLast);
        }
    }

    private final Map<String, SynsetIndex> synsets = new HashMap<>();

    VerbPatternMatcher(VerbDictionary verbs) {
        verbs.synsets().forEach((name, s) -> synsets.put(name, SynsetIndex.of(s)));
    }

    /**
     * The literal words a pattern needs on each side. A pattern whose words are not all present
     * cannot match, so the matcher need not walk it: with hundreds of patterns for verbs such as
     * SAY, this check is most of the saving.
     */
    record Requirements(String[] upper, String[] lower) {

        static Requirements of(VerbPattern p) {
            return new Requirements(literals(p.upper()), literals(p.lower()));
        }

        private static String[] literals(List<PatternToken> side) {
            return side.stream().filter(t -> !t.isMarker() && !t.isSynset()).map(PatternToken::word)
                    .distinct().toArray(String[]::new);
        }

        boolean metBy(Set<String> upperWords, Set<String> lowerWords) {
            for (String w : upper) {
                if (!upperWords.contains(w)) {
                    return false;
                }
            }
            for (String w : lower) {
                if (!lowerWords.contains(w)) {
                    return false;
                }
            }
            return true;
        }
    }

    static Set<String> words(List<SeqItem> seq) {
        Set<String> out = new HashSet<>(seq.size() * 2);
        for (SeqItem it : seq) {
            if (it.kind() == SeqItem.Kind.WORD) {
                out.add(it.text());
            }
        }
        return out;
    }

    Binding match(VerbPattern p, List<SeqItem> upper, List<SeqItem> lower) {
        Binding b = new Binding();
        if (!side(p.upper(), upper, true, b)) {
            return null;
        }
        if (!side(p.lower(), lower, false, b)) {
            return null;
        }
        return b;
    }

    private boolean side(List<PatternToken> pat, List<SeqItem> seq, boolean upper, Binding b) {
        if (pat.isEmpty()) {
            return true;
        }
        if (seq.isEmpty()) {
            return false;
        }
        boolean insideSlot = false;
        int kp = 0;
        int ks = 0;
        while (true) {
            PatternToken tok = pat.get(kp);
            SeqItem item = seq.get(ks);
            if (tok.word().equals("%") && isCompoundStart(item, upper)) {
                int open = upper ? findCompoundOpen(seq, ks) : ks;
                int close = upper ? ks : findCompoundClose(seq, ks);
                if (open < 0 || close < 0) {
                    return false;
                }
                bindCompound(b, open, upper);
                if (++kp >= pat.size()) {
                    return true;
                }
                ks = (upper ? open : close) + 1;
                if (ks >= seq.size()) {
                    return false;
                }
                continue;
            }
            if (item.isBoundary()) {
                if (item.kind() == SeqItem.Kind.NE_OPEN || item.kind() == SeqItem.Kind.NE_CLOSE) {
                    insideSlot = !insideSlot;
                }
                if (++ks >= seq.size()) {
                    return false;
                }
                continue;
            }
            if (tok.isMarker()) {
                if (insideSlot && !tok.word().equals("%")) {
                    switch (tok.word()) {
                        case "$" -> {
                            b.source = findSlotOpen(seq, ks, upper);
                            b.sourceUpper = upper;
                        }
                        case "+" -> {
                            b.target = findSlotOpen(seq, ks, upper);
                            b.targetUpper = upper;
                        }
                        default -> { // ^ : step over the rest of this actor slot
                            ks = slotEnd(seq, ks, upper);
                            insideSlot = false;
                        }
                    }
                    if (++kp >= pat.size()) {
                        return true;
                    }
                    if (++ks >= seq.size()) {
                        return false;
                    }
                } else if (!tok.adjacent()) {
                    if (++ks >= seq.size()) {
                        return false;
                    }
                } else {
                    return false;
                }
                continue;
            }
            int consumed = tok.isSynset() ? synsetMatch(tok.word(), seq, ks, upper)
                    : (tok.word().equals(item.text()) ? 1 : 0);
            if (consumed > 0) {
                ks += consumed - 1;
                if (++kp >= pat.size()) {
                    return true;
                }
                if (++ks >= seq.size()) {
                    return false;
                }
            } else if (!tok.adjacent()) {
                if (++ks >= seq.size()) {
                    return false;
                }
            } else {
                return false;
            }
        }
    }

    private static boolean isCompoundStart(SeqItem item, boolean upper) {
        return upper ? item.kind() == SeqItem.Kind.NEC_CLOSE : item.kind() == SeqItem.Kind.NEC_OPEN;
    }

    /**
     * A compound before the verb acts on itself, one member on the other ("X and Y delayed their
     * meeting"); a compound after the verb is its target ("agrees with X and Y").
     */
    private static void bindCompound(Binding b, int at, boolean upper) {
        if (upper) {
            b.source = at;
            b.sourceUpper = true;
        }
        b.target = at;
        b.targetUpper = upper;
    }

    /** In the reversed upper sequence a compound's opening comes after its closing. */
    private static int findCompoundOpen(List<SeqItem> seq, int from) {
        for (int k = from; k < seq.size(); k++) {
            if (seq.get(k).kind() == SeqItem.Kind.NEC_OPEN) {
                return k;
            }
        }
        return -1;
    }

    private static int findCompoundClose(List<SeqItem> seq, int from) {
        for (int k = from; k < seq.size(); k++) {
            if (seq.get(k).kind() == SeqItem.Kind.NEC_CLOSE) {
                return k;
            }
        }
        return -1;
    }

    private static int findSlotOpen(List<SeqItem> seq, int from, boolean upper) {
        int k = from;
        while (k >= 0 && k < seq.size()) {
            if (seq.get(k).kind() == SeqItem.Kind.NE_OPEN) {
                return k;
            }
            k += upper ? 1 : -1;
        }
        throw new IrregularParse("pattern", "actor slot without a start");
    }

    private static int slotEnd(List<SeqItem> seq, int from, boolean upper) {
        SeqItem.Kind end = upper ? SeqItem.Kind.NE_OPEN : SeqItem.Kind.NE_CLOSE;
        int k = from;
        while (k < seq.size()) {
            if (seq.get(k).kind() == end) {
                return k;
            }
            k++;
        }
        return seq.size() - 1;
    }

    /** How many sequence elements a synset phrase covers at {@code ks}, or 0. */
    private int synsetMatch(String name, List<SeqItem> seq, int ks, boolean upper) {
        SynsetIndex s = synsets.get(name);
        if (s == null) {
            return 0;
        }
        String here = seq.get(ks).text();
        if (s.singles().contains(here)) {
            return 1;
        }
        // read outward: before the verb the sequence runs backwards, so a phrase is met by its last word
        List<List<String>> candidates = (upper ? s.byLast() : s.byFirst()).get(here);
        if (candidates == null) {
            return 0;
        }
        for (List<String> phrase : candidates) {
            int n = phrase.size();
            if (ks + n > seq.size()) {
                continue;
            }
            boolean ok = true;
            for (int j = 1; j < n && ok; j++) {
                String w = upper ? phrase.get(n - 1 - j) : phrase.get(j);
                SeqItem it = seq.get(ks + j);
                ok = it.kind() == SeqItem.Kind.WORD && w.equals(it.text());
            }
            if (ok) {
                return n;
            }
        }
        return 0;
    }
}
