package org.dyad.core.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.dictionary.Dictionaries;
import org.dyad.core.dictionary.Discard;
import org.dyad.core.dictionary.MultiWordVerb;
import org.dyad.core.dictionary.VerbForm;
import org.dyad.core.dictionary.VerbPattern;
import org.dyad.core.tree.ParseTree;

/**
 * The dictionary coder: from a parsed sentence to source-target-event triples, with PETRARCH's
 * semantics. Stateless apart from its dictionaries, so one instance serves any number of threads.
 *
 * <p>Per sentence: discard phrases are checked; the tree is flattened ({@link LinearParse});
 * short comma-delimited clauses are removed; every noun phrase slot gets its actor and agent code;
 * then each verb phrase whose verb is in the dictionary is matched against the verb's patterns
 * (multi-word verbs first), falling back to the verb's own code. The source is the pattern's $ or
 * the first coded noun phrase before the verb; the target the pattern's + or the first coded noun
 * phrase after it. Passive verbs ("was opposed by X") swap the two; codes "a:b" give a paired
 * event in each direction; compound actors give one event per member.
 */
public final class EventCoder {

    private static final int PARSE_START = 2; // after (ROOT and the sentence's clause
    private static final Set<String> PRONOUNS = Set.of("HE", "SHE", "IT", "THEY", "WE", "I", "YOU");
    private static final Set<String> BE = Set.of("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE");
    private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO");

    /** The modality read from the words between the verb and its subject, and a governing "if". */
    private static Modality modality(List<SeqItem> upper) {
        List<String> words = new ArrayList<>();
        for (SeqItem it : upper) {
            if (it.kind() != SeqItem.Kind.WORD) {
                break;
            }
            words.add(it.text());
        }
        // "if Russia attacks, ...": a condition before the subject
        boolean pastSubject = false;
        for (SeqItem it : upper) {
            if (it.kind() == SeqItem.Kind.NE_OPEN) {
                pastSubject = true;
            } else if (pastSubject && it.kind() == SeqItem.Kind.WORD && (it.text().equals("IF") || it.text().equals("UNLESS"))) {
                words.add(it.text());
                break;
            } else if (pastSubject && it.kind() == SeqItem.Kind.WORD) {
                break;
            }
        }
        return Modality.of(words);
    }

    /** The modality of the words above the verb, and of the verb itself when it carries one. */
    private static Modality modality(List<SeqItem> upper, String verbText, List<SeqItem> lower) {
        String verb = verbText.split(" ", 2)[0];
        boolean clauseFollows = !lower.isEmpty() && lower.get(0).kind() == SeqItem.Kind.WORD
                && (lower.get(0).text().equals("TO") || lower.get(0).text().equals("THAT")
                || lower.get(0).text().endsWith("ING")) || claimFollows(lower);
        Modality m = Modality.strongest(modality(upper), Modality.ofVerb(verb, clauseFollows));
        return lower.isEmpty() || !lower.get(0).text().equals("THAT") ? m
                : Modality.strongest(m, hedgedClause(lower));
    }

    /**
     * "rejected claims that ...", "denied Ukrainian reports that ...": the clause is what is
     * denied. A claim noun among the first words after the verb, then "that".
     */
    private static boolean claimFollows(List<SeqItem> lower) {
        List<String> words = new ArrayList<>(5);
        for (SeqItem it : lower) {
            if (it.kind() == SeqItem.Kind.WORD) {
                words.add(it.text());
                if (words.size() == 5) {
                    break;
                }
            }
        }
        for (int i = 0; i + 1 < words.size() && i < 4; i++) {
            if (CLAIMS.contains(words.get(i)) && words.get(i + 1).equals("THAT")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLAIMS = Set.of("CLAIM", "CLAIMS", "ALLEGATION", "ALLEGATIONS", "REPORT",
            "REPORTS", "ACCUSATION", "ACCUSATIONS", "SUGGESTION", "SUGGESTIONS", "SPECULATION", "RUMOURS", "RUMORS");
    private static final Set<String> HEDGES = Set.of("MIGHT", "COULD", "MAY", "WOULD", "SHOULD");

    /**
     * A statement whose "that" clause is hedged reports a possibility: "indicated that military
     * intervention might be a good option" announces no intervention. Null when the clause is not.
     */
    private static Modality hedgedClause(List<SeqItem> lower) {
        int words = 0;
        for (SeqItem it : lower) {
            if (it.kind() == SeqItem.Kind.WORD && ++words > 8) {
                break;
            }
            if (it.kind() == SeqItem.Kind.WORD && HEDGES.contains(it.text())) {
                return Modality.HYPOTHETICAL;
            }
        }
        return null;
    }

    /** A negation among the words between the verb and its subject ("did not attack", "will never sign"). */
    private static boolean negated(List<SeqItem> upper) {
        for (SeqItem it : upper) {
            if (it.kind() != SeqItem.Kind.WORD) {
                return false;
            }
            if (NEGATIONS.contains(it.text())) {
                return true;
            }
        }
        return false;
    }

    private final Dictionaries dictionaries;
    private final NounPhraseCoder nounPhrases;
    private final VerbPatternMatcher matcher;
    private final List<TransformationRule> transformations;
    private final Map<VerbPattern, VerbPatternMatcher.Requirements> requirements = new java.util.IdentityHashMap<>();

    public EventCoder(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.nounPhrases = new NounPhraseCoder(dictionaries.actors(), dictionaries.agents());
        this.matcher = new VerbPatternMatcher(dictionaries.verbs());
        this.transformations = TransformationRule.resolve(dictionaries.verbs());
        for (List<VerbPattern> list : dictionaries.verbs().patterns().values()) {
            for (VerbPattern p : list) {
                requirements.put(p, VerbPatternMatcher.Requirements.of(p));
            }
        }
    }

    /** The first of a verb's patterns that matches, with its binding; null when none does. */
    private Matched firstMatch(String primary, List<SeqItem> upper, List<SeqItem> lower) {
        List<VerbPattern> patterns = dictionaries.verbs().patternsOf(primary);
        if (patterns.isEmpty()) {
            return null;
        }
        Set<String> upperWords = VerbPatternMatcher.words(upper);
        Set<String> lowerWords = VerbPatternMatcher.words(lower);
        for (VerbPattern pattern : patterns) {
            if (!requirements.get(pattern).metBy(upperWords, lowerWords)) {
                continue;
            }
            VerbPatternMatcher.Binding b = matcher.match(pattern, upper, lower);
            if (b != null) {
                return new Matched(pattern, b);
            }
        }
        return null;
    }

    private record Matched(VerbPattern pattern, VerbPatternMatcher.Binding binding) {
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    /** Codes one sentence of an article. */
    public CodingResult code(org.dyad.core.model.Sentence sentence, CoderOptions options) {
        return code(sentence.tree(), sentence.text(), sentence.date(), options);
    }

    /**
     * Codes one sentence.
     *
     * @param text the sentence text, for discard and issue phrases; may be null
     * @param date the sentence's date, for date-restricted actor codes; may be null
     */
    public CodingResult code(ParseTree tree, String text, LocalDate date, CoderOptions options) {
        return code(tree, text, date, options, null);
    }

    /**
     * Codes one sentence and says how: the flattened parse after each step and every verb that
     * was tried. For dictionary writers asking why a sentence coded as it did.
     */
    public String explain(ParseTree tree, String text, LocalDate date, CoderOptions options) {
        StringBuilder trace = new StringBuilder();
        CodingResult r = code(tree, text, date, options, trace);
        trace.append("result: ");
        if (r.problem() != null) {
            trace.append("not coded (").append(r.problem().kind()).append(": ").append(r.problem().message()).append(')');
        } else {
            r.events().forEach(e -> trace.append("\n  ").append(e.source()).append(' ').append(e.target()).append(' ')
                    .append(e.code()).append("  <- ").append(e.pattern().strip()).append(" (").append(e.patternSource())
                    .append(')'));
            if (r.events().isEmpty()) {
                trace.append("no events");
            }
        }
        return trace.append('\n').toString();
    }

    private CodingResult code(ParseTree tree, String text, LocalDate date, CoderOptions options, StringBuilder trace) {
        if (text != null) {
            Optional<Discard> discard = dictionaries.discards().find(text);
            if (discard.isPresent()) {
                Discard d = discard.get();
                return CodingResult.failed(d.story() ? "storydiscard" : "sentencediscard",
                        "discard phrase '" + d.phrase() + "' (" + d.source() + ")");
            }
        }
        List<CodedEvent> events;
        try {
            List<String> tokens = new ArrayList<>(LinearParse.of(tree));
            checkDateline(tokens);
            SentenceCoding s = new SentenceCoding(tokens, date, options, trace);
            s.log("flattened");
            s.removeCommaClauses();
            s.log("comma clauses removed");
            s.assignCodes();
            s.log("actors coded");
            events = s.codeVerbs();
        } catch (IrregularParse e) {
            return CodingResult.failed(e.kind, e.getMessage());
        } catch (IndexOutOfBoundsException | IllegalStateException e) {
            return CodingResult.failed("bad_parse", "the parse tree has a shape the coder cannot follow: " + e);
        }
        Map<String, Integer> issues = events.isEmpty() || text == null ? Map.of() : dictionaries.issues().find(text);
        return new CodingResult(events, null, issues);
    }

    /** A wire dateline ("CEBU CITY: -- ...") parses as one noun phrase and codes nonsense; skip it. */
    private static void checkDateline(List<String> tokens) {
        List<String> tags = new ArrayList<>(3);
        for (String t : tokens) {
            if (t.startsWith("(")) {
                tags.add(t);
                if (tags.size() == 3) {
                    break;
                }
            }
        }
        if (tags.size() == 3 && tags.get(1).equals(LinearParse.NE_OPEN) && tags.get(2).equals("(NEC")) {
            throw new IrregularParse("dateline", "sentence starts with a dateline");
        }
    }

    private static boolean isWord(String t) {
        return !t.isEmpty() && t.charAt(0) != '(' && t.charAt(0) != '~';
    }

    /** The working state of one sentence; never shared. */
    private final class SentenceCoding {
        private List<String> p;
        private final LocalDate date;
        private final CoderOptions options;
        private final StringBuilder trace; // null unless explaining
        private final Set<Integer> things = new java.util.HashSet<>(); // coded slots headed by a thing

        SentenceCoding(List<String> tokens, LocalDate date, CoderOptions options, StringBuilder trace) {
            this.p = tokens;
            this.date = date;
            this.options = options;
            this.trace = trace;
        }

        void log(String step) {
            if (trace != null) {
                trace.append(step).append(":\n  ").append(String.join(" ", p)).append('\n');
            }
        }

        private String show(List<SeqItem> seq) {
            StringBuilder b = new StringBuilder();
            for (SeqItem it : seq) {
                b.append(switch (it.kind()) {
                    case NE_OPEN -> "[" + it.code();
                    case NE_CLOSE -> "]";
                    default -> it.text();
                }).append(' ');
            }
            return b.toString().strip();
        }

        void note(String line) {
            if (trace != null) {
                trace.append(line).append('\n');
            }
        }

        // ---- comma-delimited clauses -------------------------------------------------------

        private int countWords(int low, int high) {
            int n = 0;
            for (int k = low; k < high && k < p.size(); k++) {
                String t = p.get(k);
                if (t.equals(LinearParse.NE_OPEN)) {
                    k++; // the slot's code
                } else if (isWord(t) && Character.isLetter(t.charAt(0))) {
                    n++;
                }
            }
            return n;
        }

        /** Removes the complete phrases lying between {@code low} and {@code high}, leaving other markup. */
        private void deletePhrases(int low, int high) {
            List<String> stack = new ArrayList<>();
            for (int k = high - 1; k >= low; k--) {
                String t = p.get(k);
                if (t.startsWith("~")) {
                    stack.add(t.substring(1));
                } else if (!stack.isEmpty() && t.startsWith("(") && t.substring(1).equals(stack.get(stack.size() - 1))) {
                    int end = p.indexOf("~" + t.substring(1));
                    for (int j = k + 1; j < p.size(); j++) {
                        if (p.get(j).equals("~" + t.substring(1))) {
                            end = j;
                            break;
                        }
                    }
                    p.subList(k, end + 1).clear();
                    stack.remove(stack.size() - 1);
                }
            }
        }

        /**
         * Whether a clause of the sentence itself lies between two commas ("And now, US has made
         * contact with X, a close ally of Y"): that is the sentence, not an aside to remove.
         */
        private boolean holdsMainClause(int low, int high) {
            int depth = 0;
            for (int k = PARSE_START; k < high && k < p.size(); k++) {
                String t = p.get(k);
                if (t.startsWith("(")) {
                    if (k >= low && depth == 0 && (t.equals("(S") || t.equals("(SINV"))) {
                        return true;
                    }
                    depth++;
                } else if (t.startsWith("~")) {
                    depth--;
                }
            }
            return false;
        }

        private int findEnd() {
            int k = p.size() - 1;
            while (k >= 2 && p.get(k).startsWith("~")) {
                k--;
            }
            return k - 1;
        }

        void removeCommaClauses() {
            if (!p.contains("(,")) {
                return;
            }
            if (options.commaBMax() != 0) {
                int comma = p.indexOf("(,");
                int n = countWords(2, comma);
                if (n >= options.commaBMin() && n <= options.commaBMax()) {
                    deletePhrases(2, comma);
                }
            }
            if (options.commaEMax() != 0) {
                int end = findEnd();
                int k = end - 1;
                while (k >= 2 && !p.get(k).equals("(,")) {
                    k--;
                }
                if (k >= 0 && p.get(k).equals("(,")) {
                    int n = countWords(k, p.size());
                    if (n >= options.commaEMin() && n <= options.commaEMax()) {
                        deletePhrases(k + 3, end);
                    }
                }
            }
            if (options.commaMax() != 0 && p.contains("(,")) {
                int ka = p.indexOf("(,");
                while (true) {
                    int kb = indexOf("(,", ka + 1);
                    if (kb < 0) {
                        break;
                    }
                    int n = countWords(ka + 2, kb);
                    if (n >= options.commaMin() && n <= options.commaMax() && !holdsMainClause(ka, kb)) {
                        deletePhrases(ka, kb);
                        kb = indexOf("(,", ka + 1);
                        if (kb < 0) {
                            break;
                        }
                    }
                    ka = kb;
                }
            }
            int first = p.indexOf("(,");
            if (first >= 0 && countWords(2, first) == 0) {
                p.subList(first, Math.min(first + 3, p.size())).clear();
            }
            int end = findEnd();
            int k = end - 1;
            while (k >= 2 && !p.get(k).equals("(,")) {
                k--;
            }
            if (k >= 2 && p.get(k).equals("(,") && countWords(k + 1, end) == 0) {
                p.subList(k, Math.min(k + 3, p.size())).clear();
            }
            checkBalance();
        }

        private int indexOf(String t, int from) {
            for (int k = Math.max(0, from); k < p.size(); k++) {
                if (p.get(k).equals(t)) {
                    return k;
                }
            }
            return -1;
        }

        private void checkBalance() {
            int open = 0;
            for (String t : p) {
                if (t.startsWith("(")) {
                    open++;
                } else if (t.startsWith("~")) {
                    open--;
                }
            }
            if (open != 0) {
                throw new IrregularParse("bad_comma_parse", "removing comma clauses left an unbalanced parse");
            }
        }

        // ---- actor codes -------------------------------------------------------------------

        void assignCodes() {
            int k = PARSE_START;
            while (k < p.size()) {
                if (p.get(k).equals(LinearParse.NE_OPEN)) {
                    int start = k;
                    int codeAt = k + 1;
                    List<String> phrase = new ArrayList<>();
                    k += 2;
                    boolean compound = false;
                    while (!p.get(k).equals(LinearParse.NE_CLOSE)) {
                        String t = p.get(k);
                        if (t.equals("(NEC")) {
                            compound = true;
                        }
                        if (!(t.length() >= 3 && t.startsWith("NN", 1))) {
                            phrase.add(t);
                        }
                        k++;
                    }
                    if (compound) {
                        expandCompound(start, k);
                        k = start; // code the slots the expansion made
                        continue;
                    }
                    NounPhraseCoder.Coded coded = nounPhrases.codeWithActor(phrase, date);
                    if (coded.code() != null) {
                        p.set(codeAt, coded.code());
                        if (!coded.headed()) {
                            things.add(start);
                        }
                    }
                }
                k++;
            }
        }

        /**
         * A compound inside a noun phrase ("Ithilen's sheep and goats", "lawmakers and officials
         * in Fornost and Gondor") becomes a compound of slots, one per combination of members,
         * each with the words around the compound repeated.
         */
        private void expandCompound(int start, int end) {
            List<String> replacement = new ArrayList<>();
            replacement.add("(NEC");
            for (List<String> slot : expandSlot(new ArrayList<>(p.subList(start + 2, end)), 0)) {
                replacement.add(LinearParse.NE_OPEN);
                replacement.add(LinearParse.UNCODED);
                replacement.addAll(slot);
                replacement.add(LinearParse.NE_CLOSE);
            }
            replacement.add("~NEC");
            List<String> next = new ArrayList<>(p.size() + replacement.size());
            next.addAll(p.subList(0, start));
            next.addAll(replacement);
            next.addAll(p.subList(end + 1, p.size()));
            p = next;
        }

        private List<List<String>> expandSlot(List<String> words, int depth) {
            int open = words.indexOf("(NEC");
            if (open < 0) {
                return List.of(words);
            }
            if (depth > 4) {
                throw new IrregularParse("nested_compound", "compounds nested too deeply");
            }
            int close = matching(words, open, "(NEC", "~NEC");
            List<String> pre = words.subList(0, open);
            List<String> post = words.subList(close + 1, words.size());
            List<List<String>> out = new ArrayList<>();
            int k = open + 1;
            while (k < close) {
                String t = words.get(k);
                if (t.startsWith("(N")) {
                    int memberEnd = matching(words, k, t, "~" + t.substring(1));
                    List<String> slot = new ArrayList<>(pre);
                    slot.addAll(words.subList(k + 1, memberEnd));
                    slot.addAll(post);
                    out.addAll(expandSlot(slot, depth + 1));
                    k = memberEnd;
                }
                k++;
            }
            return out;
        }

        private int matching(List<String> words, int from, String openTag, String closeTag) {
            int depth = 0;
            for (int k = from; k < words.size(); k++) {
                if (words.get(k).equals(openTag)) {
                    depth++;
                } else if (words.get(k).equals(closeTag) && --depth == 0) {
                    return k;
                }
            }
            throw new IrregularParse("compound", "compound markup " + openTag + " is not closed");
        }

        private int indexBetween(String t, int from, int to) {
            for (int k = from; k < to; k++) {
                if (p.get(k).equals(t)) {
                    return k;
                }
            }
            throw new IrregularParse("compound", "compound markup " + t + " not found");
        }

        // ---- verbs -------------------------------------------------------------------------

        List<CodedEvent> codeVerbs() {
            List<CodedEvent> events = new ArrayList<>();
            int k = PARSE_START;
            while (k < p.size() - 1) {
                if (p.get(k).startsWith("(VP") && p.get(k + 1).startsWith("(VB")) {
                    int vpStart = k;
                    String endTag = "~" + p.get(vpStart).substring(1);
                    int participle = passiveVerb(k);
                    boolean passive = participle > 0;
                    int verbAt = passive ? participle : k + 2;
                    boolean coded = codeVerb(verbAt, endTag, passive, events);
                    if (coded) {
                        k = verbAt;
                        while (k < p.size() && !p.get(k).equals(endTag)) {
                            k++;
                        }
                    }
                }
                k++;
            }
            if (options.requireDyad()) {
                events.removeIf(e -> e.source().equals(LinearParse.UNCODED) || e.target().equals(LinearParse.UNCODED));
            }
            Map<List<String>, CodedEvent> unique = new java.util.LinkedHashMap<>();
            for (CodedEvent e : events) {
                unique.putIfAbsent(List.of(e.source(), e.target(), e.code()), e);
            }
            return new ArrayList<>(unique.values());
        }

        /** The participle of "was/is/been VBN ... by", or 0 when the phrase is active. */
        private int passiveVerb(int vp) {
            int found = passiveVerb(vp, vp + 3);
            int been = indexOf("(VBN", vp + 3);
            if (found == 0 && been > 0 && been + 1 < p.size() && p.get(been + 1).equals("BEEN")) {
                // "has been accused by": "been" is the auxiliary, the participle after it the verb
                found = passiveVerb(vp, been + 3);
            }
            return found;
        }

        /** The passive participle of the verb phrase at {@code vp}, looked for from {@code from}. */
        private int passiveVerb(int vp, int from) {
            int end = indexOf("~" + p.get(vp).substring(1), vp);
            if (end < 0) {
                return 0;
            }
            int vbn = -1;
            for (int j = from; j < end; j++) {
                if (p.get(j).equals("(VBN")) {
                    vbn = j;
                    break;
                }
            }
            if (vbn < 0) {
                return 0;
            }
            int vbnClose = indexOf("~VBN", from);
            if (vbnClose < 0 || !p.subList(Math.min(vbnClose + 3, end), end).contains("BY")) {
                return 0;
            }
            for (int j = vbnClose - 3; j > vp; j--) {
                if (p.get(j).startsWith("~VB")) {
                    String aux = p.get(j - 1);
                    if (aux.equals("WAS") || aux.equals("IS") || aux.equals("BEEN") || aux.equals("WERE")
                            || aux.equals("ARE") || aux.equals("BE") || aux.equals("BEING")) {
                        return vbnClose - 1;
                    }
                }
            }
            return 0;
        }

        /** Codes the verb at {@code verbAt}; true when a pattern or default code applied. */
        private boolean codeVerb(int verbAt, String endTag, boolean passive, List<CodedEvent> events) {
            VerbForm form = dictionaries.verbs().form(p.get(verbAt));
            if (form == null) {
                return false;
            }
            int verbStart = verbAt;
            int verbEnd = verbAt;
            String code = form.code();
            String primary = form.primary();
            String verbText = form.word();
            String defaultSource = form.source();
            boolean multi = false;
            for (MultiWordVerb m : form.multiWords()) {
                int bound = multiWordBound(m, verbAt);
                if (bound >= 0) {
                    code = m.code();
                    primary = m.primary();
                    defaultSource = m.source();
                    verbText = m.wordsFollow() ? form.word() + " " + String.join(" ", m.words())
                            : String.join(" ", reversed(m.words())) + " " + form.word();
                    if (m.wordsFollow()) {
                        verbEnd = bound;
                    } else {
                        verbStart = bound;
                    }
                    multi = true;
                    break;
                }
            }
            if (primary == null) {
                return false; // only the anchor of multi-word verbs, none of which is here
            }
            List<SeqItem> upper = upperSequence(verbStart - 1, PARSE_START);
            List<SeqItem> lower = lowerSequence(verbEnd + 1, endTag);
            if (trace != null) {
                note("verb " + verbText + (passive ? " (passive)" : "") + ", patterns of " + primary
                        + "\n  before (outward): " + show(upper) + "\n  after: " + show(lower));
            }
            Matched m = firstMatch(primary, upper, lower);
            VerbPattern matched = m == null ? null : m.pattern();
            VerbPatternMatcher.Binding binding = m == null ? null : m.binding();
            String eventCode;
            String patternText;
            String patternSource;
            if (matched != null) {
                if (matched.code().equals(LinearParse.UNCODED)) {
                    return false; // the dictionary says this use of the verb is not an event
                }
                eventCode = matched.code();
                patternText = matched.text();
                patternSource = matched.source();
            } else if (!code.equals(LinearParse.UNCODED)) {
                eventCode = code;
                binding = new VerbPatternMatcher.Binding();
                patternText = verbText + " [" + code + "]";
                patternSource = defaultSource;
            } else {
                return false;
            }
            Loc source = binding.source >= 0 ? new Loc(binding.source, binding.sourceUpper) : findSource(upper);
            if (source == null) {
                return true;
            }
            Loc target = binding.target >= 0 ? new Loc(binding.target, binding.targetUpper)
                    : findTarget(upper, lower, source);
            if (target == null) {
                return true;
            }
            if (!transformations.isEmpty() && !passive) {
                Transformed t = transform(primary, membersAt(source, upper, lower), verbEnd + 1, endTag);
                if (t != null) {
                    pairs(events, t.sources(), t.targets(), t.code(), false, modality(upper),
                            verbText + " ... " + t.innerVerb(), t.rule().text(), t.rule().source());
                    return true;
                }
            }
            makeEvents(events, source, target, upper, lower, eventCode, passive, modality(upper, verbText, lower),
                    verbText, patternText, patternSource);
            return true;
        }

        // ---- transformations of nested events (PETRARCH2) --------------------------------------

        /** An event coded inside the clause an outer verb governs; null sides were not found. */
        private record InnerEvent(String primary, String verb, String code, List<Member> sources, List<Member> targets) {
        }

        private record Transformed(List<Member> sources, List<Member> targets, String code, String innerVerb,
                                   TransformationRule rule) {
        }

        /**
         * Applies the first transformation whose outer verb class, inner verb class and actor
         * variables fit: "Russia said it would attack Ukraine" is a threat, not a statement.
         */
        private Transformed transform(String outerPrimary, List<Member> outerSources, int from, String endTag) {
            List<TransformationRule> rules = transformations.stream()
                    .filter(r -> r.outerMatches(outerPrimary)).toList();
            if (rules.isEmpty()) {
                return null;
            }
            InnerEvent inner = innerEvent(from, endTag);
            if (inner == null) {
                return null;
            }
            Set<String> a = new java.util.HashSet<>();
            outerSources.forEach(m -> a.add(m.code()));
            for (TransformationRule r : rules) {
                if (!r.innerMatches(inner.primary())) {
                    continue;
                }
                Map<String, List<Member>> vars = new java.util.HashMap<>();
                vars.put(r.rule().outerSource(), outerSources);
                if (!bind(r.rule().innerSource(), inner.sources(), vars, a, true)
                        || !bind(r.rule().innerTarget(), inner.targets(), vars, a, false)) {
                    continue;
                }
                List<Member> x = vars.get(r.rule().resultSource());
                List<Member> y = vars.get(r.rule().resultTarget());
                if (x == null || y == null) {
                    continue;
                }
                String code = r.rule().resultCode().equals("Q") ? inner.code() : r.rule().resultCode();
                return new Transformed(x, y, code, inner.verb(), r);
            }
            return null;
        }

        /**
         * Binds a rule variable to the inner event's actors: "_" and "." take anything, the outer
         * source's variable takes the same actor or an unnamed one ("it", "they"), any other
         * variable a coded actor different from the outer source.
         */
        private boolean bind(String var, List<Member> actors, Map<String, List<Member>> vars, Set<String> outer,
                             boolean subject) {
            if (var.equals("_") || var.equals(".")) {
                return true;
            }
            boolean coded = actors != null && !actors.isEmpty() && !actors.get(0).code().startsWith(LinearParse.UNCODED);
            if (vars.containsKey(var)) {
                if (!subject || coded) {
                    return coded && actors.stream().allMatch(m -> outer.contains(m.code()));
                }
                return actors != null && actors.size() == 1 && PRONOUNS.contains(actors.get(0).text());
            }
            if (!coded || actors.stream().anyMatch(m -> outer.contains(m.code()))) {
                return false;
            }
            vars.put(var, actors);
            return true;
        }

        /** The first coded verb phrase inside [from, end of the outer phrase), coded within its clause. */
        private InnerEvent innerEvent(int from, String endTag) {
            for (int k = from; k < p.size() - 2 && !p.get(k).equals(endTag); k++) {
                if (!p.get(k).startsWith("(VP") || !p.get(k + 1).startsWith("(VB")) {
                    continue;
                }
                int verbAt = k + 2;
                VerbForm form = dictionaries.verbs().form(p.get(verbAt));
                if (form == null || form.primary() == null) {
                    continue;
                }
                String innerEnd = "~" + p.get(k).substring(1);
                List<SeqItem> upper = upperSequence(verbAt - 1, from);
                if (negated(upper) || beforeParticiple(upper, p.get(k + 1))) {
                    return null; // "said he would not help", "said a bomb was fired": not the speaker's act
                }
                List<SeqItem> lower = lowerSequence(verbAt + 1, innerEnd);
                String code = form.code();
                VerbPatternMatcher.Binding binding = new VerbPatternMatcher.Binding();
                Matched m = firstMatch(form.primary(), upper, lower);
                if (m != null) {
                    code = m.pattern().code();
                    binding = m.binding();
                }
                if (code.equals(LinearParse.UNCODED)) {
                    continue;
                }
                // the embedded clause's subject is the slot nearest its verb ("said on Friday it had")
                Loc src = binding.source >= 0 ? new Loc(binding.source, binding.sourceUpper) : nearestSlot(upper);
                List<Member> sources = src == null ? null : membersAt(src, upper, lower);
                Loc tgt = binding.target >= 0 ? new Loc(binding.target, binding.targetUpper) : firstCoded(lower, sources);
                List<Member> targets = tgt == null ? null : membersAt(tgt, upper, lower);
                return new InnerEvent(form.primary(), form.word(), code, sources, targets);
            }
            return null;
        }

        /** A passive participle ("was fired at it"): its grammatical subject is not the actor. */
        private boolean beforeParticiple(List<SeqItem> upper, String verbTag) {
            if (!verbTag.equals("(VBN")) {
                return false;
            }
            for (SeqItem it : upper) {
                if (it.kind() != SeqItem.Kind.WORD) {
                    return false;
                }
                if (BE.contains(it.text())) {
                    return true;
                }
            }
            return false;
        }

        private Loc nearestSlot(List<SeqItem> upper) {
            for (int k = 0; k < upper.size(); k++) {
                SeqItem it = upper.get(k);
                if (it.kind() == SeqItem.Kind.NE_OPEN || it.kind() == SeqItem.Kind.NEC_OPEN) {
                    return new Loc(k, true);
                }
            }
            return null;
        }

        private Loc firstCoded(List<SeqItem> lower, List<Member> sources) {
            for (int k = 0; k < lower.size(); k++) {
                SeqItem it = lower.get(k);
                if (it.kind() == SeqItem.Kind.NEC_OPEN || it.isCodedSlot()
                        && (sources == null || sources.stream().noneMatch(m -> it.code().equals(m.code())))) {
                    return new Loc(k, false);
                }
            }
            return null;
        }

        private List<String> reversed(List<String> words) {
            List<String> r = new ArrayList<>(words);
            java.util.Collections.reverse(r);
            return r;
        }

        /** Where the other words of a multi-word verb end (or start), or -1 when they are not there. */
        private int multiWordBound(MultiWordVerb m, int verbAt) {
            int k = verbAt;
            int step = m.wordsFollow() ? 1 : -1;
            int last = verbAt;
            for (String w : m.words()) {
                k += step;
                // skip markup, and an actor slot's code: "joined forces" has FORCES in a slot
                while (k >= 0 && k < p.size() && (!isWord(p.get(k))
                        || p.get(k - 1 >= 0 ? k - 1 : k).equals(LinearParse.NE_OPEN) && k > 0)) {
                    k += step;
                }
                if (k < 0 || k >= p.size() || !p.get(k).equals(w)) {
                    return -1;
                }
                last = k;
            }
            return last;
        }

        /** The words and actor slots before the verb, nearest first, back to the sentence start or a comma. */
        private List<SeqItem> upperSequence(int from, int limit) {
            List<SeqItem> seq = new ArrayList<>();
            for (int k = from; k >= limit; k--) {
                String t = p.get(k);
                if (t.equals("~,")) {
                    break;
                }
                if (t.equals(LinearParse.NE_OPEN)) {
                    if (!seq.isEmpty() && seq.get(seq.size() - 1).kind() == SeqItem.Kind.WORD) {
                        seq.remove(seq.size() - 1); // the slot's code, read as a word on the way back
                    }
                    seq.add(new SeqItem(SeqItem.Kind.NE_OPEN, t, k, p.get(k + 1)));
                } else if (t.startsWith("(NEC")) {
                    seq.add(new SeqItem(SeqItem.Kind.NEC_OPEN, t, k, null));
                } else if (t.startsWith("~NEC")) {
                    seq.add(new SeqItem(SeqItem.Kind.NEC_CLOSE, t, k, null));
                } else if (t.equals(LinearParse.NE_CLOSE)) {
                    seq.add(new SeqItem(SeqItem.Kind.NE_CLOSE, t, k, null));
                } else if (isWord(t)) {
                    seq.add(new SeqItem(SeqItem.Kind.WORD, t, k, null));
                }
            }
            return seq;
        }

        /** The words and actor slots after the verb, to the end of its verb phrase. */
        private List<SeqItem> lowerSequence(int from, String endTag) {
            List<SeqItem> seq = new ArrayList<>();
            for (int k = from; k < p.size(); k++) {
                String t = p.get(k);
                if (t.equals(endTag)) {
                    break;
                }
                if (t.equals(LinearParse.NE_OPEN)) {
                    seq.add(new SeqItem(SeqItem.Kind.NE_OPEN, t, k, p.get(k + 1)));
                    k++;
                } else if (t.startsWith("(NEC")) {
                    seq.add(new SeqItem(SeqItem.Kind.NEC_OPEN, t, k, null));
                } else if (t.startsWith("~NEC")) {
                    seq.add(new SeqItem(SeqItem.Kind.NEC_CLOSE, t, k, null));
                } else if (t.equals(LinearParse.NE_CLOSE)) {
                    seq.add(new SeqItem(SeqItem.Kind.NE_CLOSE, t, k, null));
                } else if (isWord(t)) {
                    seq.add(new SeqItem(SeqItem.Kind.WORD, t, k, null));
                }
            }
            return seq;
        }

        private record Loc(int index, boolean upper) {
        }

        /** The first compound or coded slot from the start of the sentence, else the first slot. */
        private Loc findSource(List<SeqItem> upper) {
            for (int k = upper.size() - 1; k >= 0; k--) {
                SeqItem it = upper.get(k);
                if (it.kind() == SeqItem.Kind.NEC_OPEN || it.isCodedSlot()) {
                    return new Loc(k, true);
                }
            }
            for (int k = upper.size() - 1; k >= 0; k--) {
                if (upper.get(k).kind() == SeqItem.Kind.NE_OPEN) {
                    return new Loc(k, true);
                }
            }
            return null;
        }

        /**
         * The target: the first coded slot after the verb whose code does not extend the source's,
         * else the first uncoded one after it, else the same two searches going back from the verb.
         */
        private Loc findTarget(List<SeqItem> upper, List<SeqItem> lower, Loc source) {
            List<String> sourceCodes = codesAt(source, upper, lower);
            String sourceCode = sourceCodes.size() == 1 ? sourceCodes.get(0) : null;
            // "halted US military aid to Ukraine": a slot of the source's own country that is
            // headed by a thing (aid, plans) is passed over when another country follows;
            // PETRARCH took the first coded slot.
            if (sourceCode != null && sourceCode.length() >= 3 && !sourceCode.startsWith(LinearParse.UNCODED)) {
                String root = sourceCode.substring(0, 3);
                int sameRoot = -1;
                for (int k = 0; k < lower.size(); k++) {
                    SeqItem it = lower.get(k);
                    if (it.kind() == SeqItem.Kind.NEC_OPEN) {
                        break;
                    }
                    if (it.isCodedSlot() && !it.code().startsWith(sourceCode)) {
                        if (!it.code().startsWith(root)) {
                            if (sameRoot >= 0) {
                                return new Loc(k, false);
                            }
                            break;
                        }
                        if (!things.contains(it.index())) {
                            break; // an actor of the source's country ("arrested former President Duterte")
                        }
                        if (sameRoot < 0) {
                            sameRoot = k;
                        }
                    }
                }
            }
            for (int k = 0; k < lower.size(); k++) {
                SeqItem it = lower.get(k);
                if (it.kind() == SeqItem.Kind.NEC_OPEN
                        || it.isCodedSlot() && (sourceCode == null || !it.code().startsWith(sourceCode))) {
                    return new Loc(k, false);
                }
            }
            for (int k = 0; k < lower.size(); k++) {
                if (lower.get(k).isUncodedSlot()) {
                    return new Loc(k, false);
                }
            }
            for (int k = 0; k < upper.size(); k++) {
                SeqItem it = upper.get(k);
                if (it.kind() == SeqItem.Kind.NEC_OPEN
                        || it.isCodedSlot() && (sourceCode == null || !it.code().startsWith(sourceCode))) {
                    return new Loc(k, true);
                }
            }
            for (int k = 0; k < upper.size(); k++) {
                if (upper.get(k).isUncodedSlot() && !(source.upper() && source.index() == k)) {
                    return new Loc(k, true);
                }
            }
            return null;
        }

        /** An actor at a location: its code and the words of its noun phrase. */
        private record Member(String code, String text) {
        }

        private List<String> codesAt(Loc loc, List<SeqItem> upper, List<SeqItem> lower) {
            return membersAt(loc, upper, lower).stream().map(Member::code).toList();
        }

        /** The actors at a location: one for a slot, one per coded member for a compound. */
        private List<Member> membersAt(Loc loc, List<SeqItem> upper, List<SeqItem> lower) {
            List<SeqItem> seq = loc.upper() ? upper : lower;
            SeqItem it = seq.get(loc.index());
            List<Member> codes = new ArrayList<>();
            if (it.kind() == SeqItem.Kind.NEC_OPEN) {
                int step = loc.upper() ? -1 : 1;
                for (int k = loc.index() + step; k >= 0 && k < seq.size()
                        && seq.get(k).kind() != SeqItem.Kind.NEC_CLOSE; k += step) {
                    if (seq.get(k).kind() == SeqItem.Kind.NE_OPEN) {
                        addCode(codes, seq, k, loc.upper());
                    }
                }
            } else if (it.kind() == SeqItem.Kind.NE_OPEN) {
                addCode(codes, seq, loc.index(), loc.upper());
            }
            if (codes.isEmpty()) {
                codes.add(new Member(LinearParse.UNCODED, it.kind() == SeqItem.Kind.NE_OPEN
                        ? String.join(" ", slotWords(seq, loc.index(), loc.upper())) : ""));
            }
            List<Member> expanded = new ArrayList<>(codes.size());
            for (Member c : codes) {
                for (String part : c.code().split("/")) { // "ELR/GAL": one actor standing for several
                    if (!part.isEmpty()) {
                        expanded.add(new Member(part, c.text()));
                    }
                }
            }
            return expanded;
        }

        private void addCode(List<Member> codes, List<SeqItem> seq, int at, boolean upper) {
            String code = seq.get(at).code();
            String text = String.join(" ", slotWords(seq, at, upper));
            if (!code.equals(LinearParse.UNCODED)) {
                codes.add(new Member(code, text));
            } else if (options.newActorLength() > 0) {
                List<String> words = slotWords(seq, at, upper);
                if (!words.isEmpty() && words.size() - 1 < options.newActorLength()) {
                    codes.add(new Member("\"" + text + "\"", text));
                } else {
                    codes.add(new Member(code, text));
                }
            }
        }

        private List<String> slotWords(List<SeqItem> seq, int at, boolean upper) {
            List<String> words = new ArrayList<>();
            if (upper) {
                for (int k = at - 1; k >= 0 && seq.get(k).kind() == SeqItem.Kind.WORD; k--) {
                    words.add(seq.get(k).text());
                }
            } else {
                for (int k = at + 1; k < seq.size() && seq.get(k).kind() == SeqItem.Kind.WORD; k++) {
                    words.add(seq.get(k).text());
                }
            }
            return words;
        }

        private void makeEvents(List<CodedEvent> events, Loc source, Loc target, List<SeqItem> upper,
                                List<SeqItem> lower, String code, boolean passive, Modality negated,
                                String verb, String pattern, String patternSource) {
            List<Member> sources = membersAt(source, upper, lower);
            List<Member> targets = membersAt(target, upper, lower);
            int colon = code.indexOf(':');
            if (colon >= 0) {
                // a paired event with one side unknown is an event among the known side's members
                if (sources.get(0).code().equals(LinearParse.UNCODED) || targets.get(0).code().equals(LinearParse.UNCODED)) {
                    if (targets.get(0).code().equals(LinearParse.UNCODED)) {
                        targets = sources;
                    } else {
                        sources = targets;
                    }
                }
                pairs(events, sources, targets, code.substring(0, colon), passive, negated, verb, pattern, patternSource);
                pairs(events, targets, sources, code.substring(colon + 1), passive, negated, verb, pattern, patternSource);
            } else {
                pairs(events, sources, targets, code, passive, negated, verb, pattern, patternSource);
            }
        }

        private void pairs(List<CodedEvent> events, List<Member> sources, List<Member> targets, String code,
                           boolean passive, Modality negated, String verb, String pattern, String patternSource) {
            for (Member s : sources) {
                for (Member t : targets) {
                    if (s.code().equals(t.code())) {
                        continue; // an actor does not act on itself
                    }
                    if (passive) {
                        events.add(new CodedEvent(t.code(), s.code(), code, t.text(), s.text(), verb, pattern,
                                patternSource, true, negated));
                    } else {
                        events.add(new CodedEvent(s.code(), t.code(), code, s.text(), t.text(), verb, pattern,
                                patternSource, false, negated));
                    }
                }
            }
        }
    }
}
