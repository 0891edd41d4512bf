package org.dyad.core.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue phrases (PETRARCH's issue file): "n:school [SCHOOLS]" also matches the plural, "v:strike"
 * the regular verb forms, "pre+k" both "pre k" and "pre-k"; a line starting with '~' is an
 * exclusion phrase.
 */
public record IssueDictionary(WordTrie<Issue> trie, List<DictionaryProblem> problems) {

    public static IssueDictionary empty() {
        return new IssueDictionary(new WordTrie<>(), List.of());
    }

    public static IssueDictionary readPetrarch(Path file) {
        return readPetrarch(PetrarchLines.read(file));
    }

    public static IssueDictionary readPetrarch(List<DictionaryLine> lines) {
        WordTrie<Issue> trie = new WordTrie<>();
        List<DictionaryProblem> problems = new ArrayList<>();
        for (DictionaryLine line : lines) {
            String t = line.text().strip();
            if (t.startsWith("<")) {
                continue; // <ISSUE CATEGORY=...> section markers
            }
            boolean ignore = t.startsWith("~");
            String code = "";
            if (ignore) {
                t = t.replaceFirst("^~+", "");
            } else {
                int open = t.indexOf('[');
                int close = t.indexOf(']', open + 1);
                if (open < 0 || close < 0) {
                    problems.add(line.problem("issue phrase without a [CODE]"));
                    continue;
                }
                code = t.substring(open + 1, close).strip();
                t = t.substring(0, open);
            }
            String source = line.file() + ":" + line.number();
            List<String> forms;
            try {
                forms = expand(t.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(line.problem(e.getMessage()));
                continue;
            }
            for (String form : forms) {
                List<String> words = WordTrie.words(form);
                if (!words.isEmpty()) {
                    trie.add(words, false, new Issue(form, code, ignore, source));
                }
            }
        }
        return new IssueDictionary(trie, problems);
    }

    /**
     * The most forms one phrase may stand for. Real entries have a mark or two; a line of marks
     * would otherwise expand to millions of forms, a dictionary's billion laughs.
     */
    static final int MAX_FORMS = 1024;

    /** The forms a phrase stands for; throws IllegalArgumentException past {@link #MAX_FORMS}. */
    static List<String> expand(String phrase) {
        List<String> forms = new ArrayList<>();
        forms.add(phrase);
        boolean changed = true;
        while (changed) {
            changed = false;
            List<String> next = new ArrayList<>();
            for (String f : forms) {
                if (f.contains("+")) {
                    next.add(f.replaceFirst("\\+", " "));
                    next.add(f.replaceFirst("\\+", "-"));
                    changed = true;
                } else if (f.contains("N:")) {
                    int i = f.indexOf("N:");
                    String pre = f.substring(0, i);
                    String rest = f.substring(i + 2);
                    String[] wr = rest.split(" ", 2);
                    String tail = wr.length > 1 ? " " + wr[1] : "";
                    next.add(pre + wr[0] + tail);
                    next.add(pre + (wr[0].endsWith("Y") ? wr[0].substring(0, wr[0].length() - 1) + "IES" : wr[0] + "S") + tail);
                    changed = true;
                } else if (f.contains("V:")) {
                    int i = f.indexOf("V:");
                    String pre = f.substring(0, i);
                    String rest = f.substring(i + 2);
                    String[] wr = rest.split(" ", 2);
                    String tail = wr.length > 1 ? " " + wr[1] : "";
                    next.add(pre + wr[0] + tail);
                    for (String v : PetrarchVerbReader.regularForms(wr[0])) {
                        next.add(pre + v + tail);
                    }
                    changed = true;
                } else {
                    next.add(f);
                }
            }
            forms = next;
            if (forms.size() > MAX_FORMS) {
                throw new IllegalArgumentException("issue phrase with more than " + MAX_FORMS + " forms: each + and "
                        + "n: doubles them and each v: multiplies them, so write it as several phrases");
            }
        }
        return forms;
    }

    /** Issue codes in this text with their counts; none at all if an exclusion phrase is present. */
    public Map<String, Integer> find(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (WordTrie.Hit<Issue> h : trie.findAll(WordTrie.words(text))) {
            if (h.value().ignore()) {
                return Map.of();
            }
            counts.merge(h.value().code(), 1, Integer::sum);
        }
        return counts;
    }
}
