package org.dyad.core.dictionary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads PETRARCH verb dictionaries, both the PETRARCH-1/TABARI layout (PETR.Validate.verbs.txt)
 * and the PETRARCH2 layout (CAMEO.2.0.txt):
 * <pre>
 * &amp;CURRENCY                  synset; members follow as +WORD lines (a trailing _ on the name: no plurals)
 * --- BREAK [1717] ---          verb block with its default code
 * BREAK {BROKE BROKEN}          verb with irregular forms; without braces the regular forms are made
 * +BREAK_DOWN {+BROKE_DOWN}     multi-word verb; '+' marks the word that is inflected
 * - * DEADLOCK [102]            pattern: words before '*' precede the verb, words after follow it
 * - + KNOWN_ * IN_ $ [076]      '_' joins adjacent words; $ source, + target, ^ skip, % compound
 * ~ a (a b ATTACK) SAY = a b 015   transformation (PETRARCH2)
 * </pre>
 * PETRARCH2's noun-phrase braces and prepositional-phrase parentheses in patterns are read as
 * plain word sequences, which is how a linear matcher sees them.
 */
final class PetrarchVerbReader {

    private PetrarchVerbReader() {
    }

    static VerbDictionary read(List<DictionaryLine> lines) {
        State s = new State();
        for (int i = 0; i < lines.size(); i++) {
            DictionaryLine line = lines.get(i);
            String text = line.text().strip();
            try {
                if (text.startsWith("&")) {
                    i = readSynset(lines, i, s);
                } else if (text.startsWith("---")) {
                    s.blockCode = firstCode(text, "---");
                    String name = text.replace("-", " ").strip();
                    int br = name.indexOf('[');
                    s.blockName = (br >= 0 ? name.substring(0, br) : name).strip().toUpperCase(Locale.ROOT);
                    s.newBlock = true;
                } else if (text.startsWith("~")) {
                    s.transformations.add(readTransformation(line, text));
                } else if (text.startsWith("-")) {
                    readPattern(line, text, s);
                } else {
                    readVerb(line, text, s);
                }
            } catch (IllegalArgumentException e) {
                s.problems.add(line.problem(e.getMessage()));
            }
        }
        Map<String, Synset> synsets = resolveSynsets(s);
        Map<String, List<VerbPattern>> patterns = new HashMap<>();
        s.patterns.forEach((k, v) -> patterns.put(k, List.copyOf(v)));
        for (List<VerbPattern> list : patterns.values()) {
            for (VerbPattern p : list) {
                checkSynsets(p, synsets, s);
            }
        }
        Map<String, VerbForm> forms = new HashMap<>();
        s.forms.forEach((k, v) -> forms.put(k, v.build()));
        return new VerbDictionary(forms, patterns, synsets, s.verbClass, s.transformations, s.problems);
    }

    private static int readSynset(List<DictionaryLine> lines, int i, State s) {
        DictionaryLine header = lines.get(i);
        String name = header.text().strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
        boolean noPlural = name.endsWith("_");
        if (noPlural) {
            name = name.substring(0, name.length() - 1);
        }
        List<String> members = new ArrayList<>();
        int j = i + 1;
        while (j < lines.size() && lines.get(j).text().strip().startsWith("+")) {
            String w = Spelling.fold(lines.get(j).text().strip().substring(1).strip());
            if (!w.isEmpty()) {
                boolean exact = noPlural || w.endsWith("_") || w.startsWith("&");
                String phrase = w.replace('_', ' ').strip();
                members.add(phrase);
                if (!exact) {
                    members.add(plural(phrase));
                }
            }
            j++;
        }
        if (members.isEmpty()) {
            s.problems.add(header.problem("synset without members"));
        }
        s.rawSynsets.put(name, members);
        return j - 1;
    }

    static String plural(String phrase) {
        if (phrase.endsWith("Y")) {
            return phrase.substring(0, phrase.length() - 1) + "IES";
        }
        if (phrase.endsWith("S")) {
            return phrase + "ES";
        }
        return phrase + "S";
    }

    private static Map<String, Synset> resolveSynsets(State s) {
        Map<String, Synset> out = new HashMap<>();
        for (String name : s.rawSynsets.keySet()) {
            List<List<String>> phrases = new ArrayList<>();
            expand(name, s, phrases, new ArrayList<>());
            out.put(name, new Synset(name, phrases));
        }
        return out;
    }

    private static void expand(String name, State s, List<List<String>> out, List<String> path) {
        if (path.contains(name)) {
            s.problems.add(new DictionaryProblem("synsets", 0, "synset " + name + " refers to itself through " + path));
            return;
        }
        List<String> members = s.rawSynsets.get(name);
        if (members == null) {
            return;
        }
        path.add(name);
        for (String m : members) {
            if (m.startsWith("&")) {
                expand(m.split("\\s+")[0], s, out, path);
            } else {
                out.add(List.of(m.split("\\s+")));
            }
        }
        path.remove(path.size() - 1);
    }

    private static void checkSynsets(VerbPattern p, Map<String, Synset> synsets, State s) {
        for (List<PatternToken> side : List.of(p.upper(), p.lower())) {
            for (PatternToken t : side) {
                if (t.isSynset() && !synsets.containsKey(t.word())) {
                    String[] where = p.source().split(":");
                    int line = where.length > 1 ? parseIntOr(where[where.length - 1]) : 0;
                    s.problems.add(new DictionaryProblem(where[0], line,
                            "synset " + t.word() + " is not defined; the pattern can never match"));
                }
            }
        }
    }

    private static int parseIntOr(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String firstCode(String text, String fallback) {
        int open = text.indexOf('[');
        if (open < 0) {
            return fallback;
        }
        int close = text.indexOf(']', open);
        if (close < 0) {
            throw new IllegalArgumentException("missing ']'");
        }
        String code = text.substring(open + 1, close).strip();
        return code.isEmpty() ? fallback : code;
    }

    private static void readPattern(DictionaryLine line, String text, State s) {
        if (s.primary == null) {
            throw new IllegalArgumentException("pattern before any verb");
        }
        int open = text.indexOf('[');
        if (open < 0) {
            throw new IllegalArgumentException("pattern without a code");
        }
        String code = firstCode(text, "---");
        if (code.startsWith(":")) { // PETRARCH2 writes [:173] for a code that holds in the passive only
            code = code.substring(1);
        }
        String body = Spelling.fold(text.substring(1, open))
                .replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ");
        body = body.replace("_ ", " ");
        int star = body.indexOf('*');
        if (star < 0) {
            throw new IllegalArgumentException("pattern without '*' for the verb");
        }
        List<PatternToken> upper = phrase(body.substring(0, star).stripLeading(), true);
        String after = body.substring(star + 1).stripTrailing();
        List<PatternToken> lower = after.isEmpty() ? List.of() : phrase(after, false);
        String source = line.file() + ":" + line.number();
        s.patterns.computeIfAbsent(s.primary, k -> new ArrayList<>())
                .add(new VerbPattern(upper, lower, code, source, text));
    }

    /**
     * Splits a pattern half into tokens with their connectors. For the part before the verb the
     * order is reversed, so both halves read outward from the verb, as the matcher walks them.
     */
    static List<PatternToken> phrase(String part, boolean upper) {
        List<String> words = new ArrayList<>();
        List<Character> connectors = new ArrayList<>(); // connectors.get(i) follows words.get(i)
        StringBuilder w = new StringBuilder();
        char pendingLead = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == ' ' || c == '_' || c == '\t') {
                char conn = c == '_' ? '_' : ' ';
                if (w.length() > 0) {
                    words.add(w.toString());
                    connectors.add(conn);
                    w.setLength(0);
                } else if (!connectors.isEmpty()) {
                    if (conn == '_') {
                        connectors.set(connectors.size() - 1, '_');
                    }
                } else if (pendingLead == 0 || conn == '_') {
                    pendingLead = conn;
                }
            } else {
                w.append(c);
            }
        }
        if (w.length() > 0) {
            words.add(w.toString());
            connectors.add(' ');
        }
        List<PatternToken> out = new ArrayList<>(words.size());
        if (upper) {
            // the connector after the last word joins it to the verb
            for (int k = words.size() - 1; k >= 0; k--) {
                out.add(new PatternToken(connectors.get(k) == '_', words.get(k)));
            }
        } else {
            char lead = pendingLead == 0 ? ' ' : pendingLead;
            for (int k = 0; k < words.size(); k++) {
                char before = k == 0 ? lead : connectors.get(k - 1);
                out.add(new PatternToken(before == '_', words.get(k)));
            }
        }
        return out;
    }

    private static void readVerb(DictionaryLine line, String text, State s) {
        String upperText = Spelling.fold(text);
        String code = firstCode(upperText, s.blockCode == null ? "---" : s.blockCode);
        int open = upperText.indexOf('[');
        String verb = (open >= 0 ? upperText.substring(0, open) : upperText).strip();
        if (verb.isEmpty()) {
            throw new IllegalArgumentException("verb line without a verb");
        }
        String source = line.file() + ":" + line.number();
        String base = verb.contains("{") ? verb.substring(0, verb.indexOf('{')).strip() : verb;
        if (s.newBlock || s.primary == null) {
            s.primary = base;
            s.patterns.put(base, new ArrayList<>());
            s.verbClass.put(base, s.blockName == null ? base : s.blockName);
            s.newBlock = false;
        }
        List<String> irregular = new ArrayList<>();
        if (verb.contains("{")) {
            int brace = verb.indexOf('{');
            // a '}' before the '{' closes nothing
            int close = verb.indexOf('}', brace + 1);
            if (close < 0) {
                throw new IllegalArgumentException("missing '}' in verb forms");
            }
            for (String f : verb.substring(brace + 1, close).split("[\\s,]+")) {
                if (!f.isBlank()) {
                    irregular.add(f.strip());
                }
            }
        }
        if (base.contains("_") || base.startsWith("+")) {
            if (!storeMultiWord(line, base, code, s, source)) {
                return; // reported once, not again for each of its forms
            }
            for (String p : irregular.isEmpty() ? regularMultiWordForms(base) : irregular) {
                storeMultiWord(line, p, code, s, source);
            }
            return;
        }
        List<String> forms = new ArrayList<>();
        forms.add(base);
        if (!irregular.isEmpty()) {
            forms.addAll(irregular);
        } else {
            forms.addAll(regularForms(base));
        }
        for (String f : forms) {
            s.forms.computeIfAbsent(f, FormBuilder::new).set(code, s.primary, source);
        }
    }

    /**
     * The regular forms: -S (-ES after a sibilant), -ED (-D after E), -ING (dropping a final E), as
     * PETRARCH makes them, plus -IES/-IED for a consonant and Y, which English spells so.
     */
    static List<String> regularForms(String verb) {
        List<String> out = new ArrayList<>(5);
        boolean sibilant = verb.endsWith("S") || verb.endsWith("X") || verb.endsWith("Z")
                || verb.endsWith("SH") || verb.endsWith("CH");
        out.add(verb + (sibilant ? "ES" : "S"));
        if (verb.endsWith("E")) {
            out.add(verb + "D");
            out.add(verb.length() > 2 ? verb.substring(0, verb.length() - 1) + "ING" : verb + "ING");
        } else {
            out.add(verb + "ED");
            out.add(verb + "ING");
        }
        if (verb.length() > 2 && verb.endsWith("Y") && "AEIOU".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            String stem = verb.substring(0, verb.length() - 1);
            out.add(stem + "IES");
            out.add(stem + "IED");
        }
        return out;
    }

    /** "+CALL_OFF" without listed forms: CALLS_OFF, CALLED_OFF, CALLING_OFF, each with its '+'. */
    private static List<String> regularMultiWordForms(String phrase) {
        String[] words = phrase.split("_");
        for (int k = 0; k < words.length; k++) {
            if (words[k].startsWith("+") && words[k].length() > 1) {
                List<String> out = new ArrayList<>();
                for (String form : regularForms(words[k].substring(1))) {
                    String[] copy = words.clone();
                    copy[k] = "+" + form;
                    out.add(String.join("_", copy));
                }
                return out;
            }
        }
        return List.of();
    }

    /** Stores one multi-word verb form; false (and a reported problem) when it cannot be read. */
    private static boolean storeMultiWord(DictionaryLine line, String phrase, String code, State s, String source) {
        String[] words = phrase.split("_");
        int anchor = -1;
        for (int k = 0; k < words.length; k++) {
            if (words[k].startsWith("+")) {
                anchor = k;
                break;
            }
        }
        if (anchor < 0) {
            s.problems.add(line.problem("multi-word verb '" + phrase + "' needs a '+' on the inflected word"));
            return false;
        }
        if (words.length == 1) {
            s.forms.computeIfAbsent(words[0].substring(1), FormBuilder::new).set(code, s.primary, source);
            return true;
        }
        if (anchor != 0 && anchor != words.length - 1) {
            s.problems.add(line.problem("multi-word verb '" + phrase + "': the '+' word must come first or last"));
            return false;
        }
        String target = words[anchor].substring(1);
        List<String> others = new ArrayList<>();
        boolean follow = anchor == 0;
        if (follow) {
            for (int k = 1; k < words.length; k++) {
                others.add(words[k]);
            }
        } else {
            for (int k = words.length - 2; k >= 0; k--) {
                others.add(words[k]);
            }
        }
        s.forms.computeIfAbsent(target, FormBuilder::new)
                .addMulti(new MultiWordVerb(code, s.primary, follow, others, source));
        return true;
    }

    private static Transformation readTransformation(DictionaryLine line, String text) {
        // ~ a (b c VERB) OUTER = x y CODE
        String t = text.substring(1).replace("(", " ( ").replace(")", " ) ").strip();
        String[] halves = t.split("=");
        if (halves.length != 2) {
            throw new IllegalArgumentException("transformation without '='");
        }
        String[] left = halves[0].strip().split("\\s+");
        String[] right = halves[1].strip().split("\\s+");
        if (left.length != 7 || !left[1].equals("(") || !left[5].equals(")") || right.length != 3) {
            throw new IllegalArgumentException("transformation not of the form 'a (b c VERB) VERB = x y CODE'");
        }
        return new Transformation(left[0], left[2], left[3], left[4].toUpperCase(Locale.ROOT),
                left[6].toUpperCase(Locale.ROOT), right[0], right[1], right[2], line.file() + ":" + line.number());
    }

    private static final class FormBuilder {
        final String word;
        String code = "---";
        String primary;
        String source;
        final List<MultiWordVerb> multis = new ArrayList<>(1);

        FormBuilder(String word) {
            this.word = word;
        }

        void set(String code, String primary, String source) {
            this.code = code;
            this.primary = primary;
            this.source = source;
        }

        void addMulti(MultiWordVerb m) {
            multis.add(0, m); // the latest definition is tried first, as in PETRARCH
        }

        VerbForm build() {
            return new VerbForm(word, code, primary, Collections.unmodifiableList(multis), source);
        }
    }

    private static final class State {
        final Map<String, FormBuilder> forms = new HashMap<>();
        final Map<String, List<VerbPattern>> patterns = new HashMap<>();
        final Map<String, List<String>> rawSynsets = new LinkedHashMap<>();
        final Map<String, String> verbClass = new HashMap<>();
        final List<Transformation> transformations = new ArrayList<>();
        final List<DictionaryProblem> problems = new ArrayList<>();
        String blockCode;
        String blockName;
        String primary;
        boolean newBlock;
    }
}
