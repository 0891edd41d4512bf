package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.dictionary.Spelling;
import org.dyad.core.tree.ParseTree;

/**
 * A parse tree flattened the way PETRARCH's coder reads it: a list of tokens where "(TAG" opens a
 * phrase, "~TAG" closes it and anything else is a word. Simple noun phrases become actor slots
 * {@code (NE <code> words... ~NE}; compound noun phrases become {@code (NECn ... ~NECn} groups of
 * such slots; verb phrases and complex noun phrases are numbered ({@code (VP3 ... ~VP3}) so a
 * pattern can find where they end.
 *
 * <p>The dictionaries were written for TABARI's shallow parser and match word sequences; this
 * flattening keeps clause boundaries from the tree while giving the patterns the linear text they
 * expect. The rules follow PETRARCH-1, whose validation records define the behaviour.
 */
final class LinearParse {

    static final String NE_OPEN = "(NE";
    static final String NE_CLOSE = "~NE";
    static final String UNCODED = "---";

    /** Words that make up time phrases ("yesterday", "last Friday", "early next month"). */
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of(
            "YESTERDAY", "TODAY", "TOMORROW", "TONIGHT", "NOW", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
            "FRIDAY", "SATURDAY", "SUNDAY", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
            "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "JAN.", "FEB.", "AUG.", "SEPT.", "SEP.",
            "OCT.", "NOV.", "DEC.", "DAY", "DAYS", "WEEK", "WEEKS", "WEEKEND", "MONTH", "MONTHS", "YEAR", "YEARS",
            "MORNING", "AFTERNOON", "EVENING", "NIGHT", "HOUR", "HOURS", "LAST", "NEXT", "THIS", "THAT", "EARLY",
            "EARLIER", "LATE", "LATER", "AGO", "THE", "A", "PAST", "COMING", "RECENT");

    private LinearParse() {
    }

    /** A mutable copy of the tree: compounds are marked and clauses reduced in place. */
    private static final class Node {
        String label;
        final String word;
        final List<Node> kids = new ArrayList<>();
        Node parent;
        List<String> flat; // words of a reduced subordinate clause (SBR)
        int pre;  // preorder number
        int last; // preorder number of the last node of the subtree

        Node(String label, String word) {
            this.label = label;
            this.word = word;
        }

        boolean leaf() {
            return word != null || flat != null;
        }
    }

    /** Flattens {@code tree}; the first two tokens are always (ROOT and the sentence's clause tag. */
    static List<String> of(ParseTree tree) {
        Node root = copy(tree, null);
        if (!root.label.equals("ROOT")) {
            Node r = new Node("ROOT", null);
            r.kids.add(root);
            root.parent = r;
            root = r;
        }
        number(root, 0);
        markCompounds(root);
        Builder b = new Builder(root);
        b.emit(root);
        return b.out;
    }

    private static Node copy(ParseTree t, Node parent) {
        String word = t.word() == null ? null : Spelling.fold(t.word()).replace("~", "-TILDA-");
        String label = t.label().toUpperCase(Locale.ROOT);
        if (word != null && label.startsWith("PRP") && word.equals("US")) {
            word = "US-PRONOUN"; // the pronoun "us" is not the United States
        }
        if (label.equals("NP") && parent != null && (parent.label.equals("VP") || parent.label.startsWith("S"))
                && isTimePhrase(t)) {
            label = "NP-TMP"; // a bare time phrase, as older parsers marked it: never an actor
        }
        Node n = new Node(label, word);
        n.parent = parent;
        List<ParseTree> kids = t.children();
        for (int i = 0; i < kids.size(); i++) {
            if (closesSubject(n.label, kids, i)) {
                continue;
            }
            n.kids.add(copy(kids.get(i), n));
        }
        return n;
    }

    /**
     * A noun phrase of time words only, with at least one that is not a determiner. Only bare
     * ones ("met yesterday") are relabelled, as the parsers PETRARCH's dictionaries were written
     * against did; "on Thursday" stays a noun phrase in a prepositional phrase.
     */
    private static boolean isTimePhrase(ParseTree np) {
        List<String> words = np.words();
        boolean content = false;
        for (String w : words) {
            String u = w.toUpperCase(Locale.ROOT);
            if (!TIME_WORDS.contains(u)) {
                return false;
            }
            content |= !u.equals("THE") && !u.equals("A") && !u.equals("THIS") && !u.equals("THAT");
        }
        return content && !words.isEmpty();
    }

    /**
     * A comma between a clause's subject and its verb phrase ("The commander, General X, held
     * talks") closes an appositive. Older parsers put it inside the noun phrase, which is what the
     * coder expects; current CoreNLP leaves it between the two, where it would cut the subject off
     * from its verb.
     */
    private static boolean closesSubject(String clause, List<ParseTree> kids, int i) {
        return clause.startsWith("S") && i > 0 && i + 1 < kids.size()
                && kids.get(i).label().equals(",")
                && kids.get(i - 1).label().startsWith("NP")
                && kids.get(i + 1).label().equals("VP");
    }

    private static int number(Node n, int next) {
        n.pre = next++;
        for (Node k : n.kids) {
            next = number(k, next);
        }
        n.last = next - 1;
        return next;
    }

    private static void preorder(Node n, List<Node> out) {
        out.add(n);
        for (Node k : n.kids) {
            preorder(k, out);
        }
    }

    private static boolean anyLabel(Node n, boolean includeSelf, String... prefixes) {
        if (includeSelf) {
            for (String p : prefixes) {
                if (n.label.startsWith(p)) {
                    return true;
                }
            }
        }
        for (Node k : n.kids) {
            if (anyLabel(k, true, prefixes)) {
                return true;
            }
        }
        return false;
    }

    private static int countLabels(Node n, String prefix) {
        int c = n.label.startsWith(prefix) ? 1 : 0;
        for (Node k : n.kids) {
            c += countLabels(k, prefix);
        }
        return c;
    }

    /**
     * A conjunction whose phrase holds only nouns makes that noun phrase a compound actor (NEC);
     * conjoined clauses and nested conjunctions are left alone.
     */
    private static void markCompounds(Node root) {
        List<Node> all = new ArrayList<>();
        preorder(root, all);
        for (Node n : all) {
            if (!n.label.equals("CC") || n.parent == null) {
                continue;
            }
            Node p = n.parent;
            if (anyLabel(p, true, "VP", "S")) {
                continue;
            }
            if (countLabels(p, "CC") > 1) {
                continue;
            }
            if (p.label.startsWith("NP") && countLabels(p, "N") >= 3) {
                p.label = "NEC" + p.label.substring(2);
            }
        }
    }

    private static final class Builder {
        final Node root;
        final List<Node> order = new ArrayList<>();
        final List<String> out = new ArrayList<>();
        int vp = 1;
        int np = 1;
        int nc = 1;

        Builder(Node root) {
            this.root = root;
            preorder(root, order);
        }

        void emit(Node n) {
            switch (n.label) {
                case "NP" -> emitNounPhrase(n);
                case "NEC" -> {
                    String tag = "NEC" + nc++;
                    out.add("(" + tag);
                    resolveCompound(n);
                    out.add("~" + tag);
                }
                case "VP" -> {
                    String tag = "VP" + vp++;
                    out.add("(" + tag);
                    n.kids.forEach(this::emit);
                    out.add("~" + tag);
                }
                default -> {
                    out.add("(" + n.label);
                    if (n.word != null) {
                        out.add(n.word);
                    } else if (n.flat != null) {
                        out.addAll(n.flat);
                    }
                    n.kids.forEach(this::emit);
                    out.add("~" + n.label);
                }
            }
        }

        private void emitNounPhrase(Node n) {
            reduceClauses(n);
            List<String> ne = null;
            if (anyLabel(n, false, "POS")) {
                ne = new ArrayList<>();
                flatten(n, ne, new boolean[] {true});
            } else if (anyLabel(n, false, "PP")) {
                ne = prepositionalPhrase(firstWithPrefix(n, "PP"), n);
            } else if (!anyLabel(n, false, "NP", "NEC")) {
                ne = new ArrayList<>();
                flatten(n, ne, new boolean[] {false});
            }
            if (ne != null) {
                out.add(NE_OPEN);
                out.add(UNCODED);
                out.addAll(ne);
                out.add(NE_CLOSE);
            } else {
                String tag = "NP" + np++;
                out.add("(" + tag);
                n.kids.forEach(this::emit);
                out.add("~" + tag);
            }
        }

        /** A subordinate clause inside a noun phrase is kept only as words (SBR), as PETRARCH does. */
        private void reduceClauses(Node n) {
            for (int i = 0; i < n.kids.size(); i++) {
                Node k = n.kids.get(i);
                if (k.label.equals("SBAR")) {
                    Node sbr = new Node("SBR", null);
                    List<String> words = new ArrayList<>();
                    collectWords(k, words);
                    sbr.flat = words;
                    sbr.parent = n;
                    sbr.pre = k.pre;
                    sbr.last = k.last;
                    n.kids.set(i, sbr);
                } else {
                    reduceClauses(k);
                }
            }
        }

        private void collectWords(Node n, List<String> out) {
            if (n.word != null) {
                out.add(n.word);
            }
            if (n.flat != null) {
                out.addAll(n.flat);
            }
            for (Node k : n.kids) {
                collectWords(k, out);
            }
        }

        /**
         * The words of a noun phrase for its actor slot; a compound inside keeps its markup so it
         * can be expanded into one slot per member. {@code skipPossessive[0]} drops the first 's.
         */
        private void flatten(Node n, List<String> out, boolean[] skipPossessive) {
            for (Node k : n.kids) {
                flattenNode(k, out, skipPossessive);
            }
        }

        private void flattenNode(Node k, List<String> out, boolean[] skipPossessive) {
            if (k.label.equals("NEC")) {
                markup(k, out);
            } else if (k.label.equals("POS") && skipPossessive[0]) {
                skipPossessive[0] = false;
            } else if (k.word != null) {
                out.add(k.word);
            } else if (k.flat != null) {
                out.addAll(k.flat);
            } else {
                flatten(k, out, skipPossessive);
            }
        }

        /** The subtree with its brackets, as "(TAG ... ~TAG" tokens. */
        private void markup(Node n, List<String> out) {
            out.add("(" + n.label);
            if (n.word != null) {
                out.add(n.word);
            } else if (n.flat != null) {
                out.addAll(n.flat);
            }
            for (Node k : n.kids) {
                markup(k, out);
            }
            out.add("~" + n.label);
        }

        private Node firstWithPrefix(Node n, String prefix) {
            for (Node k : n.kids) {
                if (k.label.startsWith(prefix)) {
                    return k;
                }
                Node inner = firstWithPrefix(k, prefix);
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }

        /**
         * "X of Y", "X in Y": a noun phrase of the simple shape (NP (NP ...) (PP (IN ..) (NP ..)))
         * becomes one slot with the preposition kept, so phrases such as "Prince of Dol Amroth" or
         * "Ministry of Silly Walks" can match; deeper prepositional nesting gives null.
         */
        private List<String> prepositionalPhrase(Node pp, Node outer) {
            Node p = pp.parent;
            if (p == null || !p.label.equals("NP") || p.kids.isEmpty()) {
                return null;
            }
            Node first = p.kids.get(0);
            List<String> ne = new ArrayList<>();
            if (first.label.startsWith("NP")) {
                flatten(first, ne, new boolean[] {false});
            } else if (first.label.startsWith("NEC")) {
                markup(first, ne);
            } else {
                return null;
            }
            Node prep = null;
            for (int i = first.last + 1; i < order.size(); i++) {
                Node c = order.get(i);
                if (c.label.equals("IN") && c.word != null && c.pre > first.last) {
                    prep = c;
                    break;
                }
            }
            if (prep == null) {
                return null;
            }
            Node object = null;
            for (int i = prep.pre + 1; i <= p.last && i < order.size(); i++) {
                Node c = order.get(i);
                if (c.label.equals("NP") || c.label.equals("NEC")) {
                    object = c;
                    break;
                }
            }
            if (object == null || anyLabel(object, false, "PP")) {
                return null;
            }
            ne.add(prep.word);
            if (object.label.equals("NEC")) {
                markup(object, ne);
            } else {
                flatten(object, ne, new boolean[] {false});
            }
            Node sbr = firstReducedClauseAfter(outer, object.last);
            if (sbr != null) {
                ne.addAll(sbr.flat);
            }
            return ne;
        }

        private Node firstReducedClauseAfter(Node n, int after) {
            for (Node k : n.kids) {
                if (k.flat != null && k.pre > after) {
                    return k;
                }
                Node inner = firstReducedClauseAfter(k, after);
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }

        /**
         * One actor slot per member of a compound; adjectives before the first member are shared
         * by members that are bare nouns ("Danish media and government").
         */
        private void resolveCompound(Node nec) {
            List<Node> inside = new ArrayList<>();
            for (Node k : nec.kids) {
                preorder(k, inside);
            }
            List<String> adjectives = new ArrayList<>();
            int i = 0;
            while (i < inside.size() && !isMember(inside.get(i))) {
                Node c = inside.get(i);
                if (c.label.startsWith("JJ") && c.word != null) {
                    adjectives.add("(" + c.label);
                    adjectives.add(c.word);
                    adjectives.add("~" + c.label);
                }
                i++;
            }
            while (i < inside.size()) {
                Node c = inside.get(i);
                if (isMember(c)) {
                    out.add(NE_OPEN);
                    out.add(UNCODED);
                    if (c.label.startsWith("NN")) {
                        out.addAll(adjectives);
                        if (c.word != null) {
                            out.add(c.word);
                        }
                    } else {
                        flatten(c, out, new boolean[] {false});
                    }
                    out.add(NE_CLOSE);
                    int end = c.last;
                    while (i < inside.size() && inside.get(i).pre <= end) {
                        i++;
                    }
                } else {
                    i++;
                }
            }
        }

        private static boolean isMember(Node n) {
            return n.label.startsWith("NP") || n.label.startsWith("NN");
        }
    }
}
