package org.dyad.core.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agent nouns and their codes. The PETRARCH format adds regular plurals unless the entry gives
 * its own in braces ({} for none), and expands substitution sets such as !MINST! = MINISTER, MINISTRY.
 */
public record AgentDictionary(PhraseIndex<Agent> index, List<DictionaryProblem> problems) {

    public AgentDictionary {
        problems = List.copyOf(problems);
    }

    public static AgentDictionary empty() {
        return new AgentDictionary(PhraseIndex.<Agent>builder().build(), List.of());
    }

    public static AgentDictionary readPetrarch(Path file) {
        return readPetrarch(PetrarchLines.read(file));
    }

    public static AgentDictionary readPetrarch(List<DictionaryLine> lines) {
        PhraseIndex.Builder<Agent> builder = PhraseIndex.builder();
        List<DictionaryProblem> problems = new ArrayList<>();
        Map<String, List<String>> substitutions = new HashMap<>();
        for (DictionaryLine line : lines) {
            String text = line.text().strip();
            if (text.startsWith("!") && text.contains("=")) {
                int close = text.indexOf('!', 1);
                int eq = text.indexOf('=');
                if (close < 0 || close > eq) {
                    problems.add(line.problem("substitution set incorrectly defined"));
                    continue;
                }
                List<String> members = new ArrayList<>();
                for (String m : text.substring(eq + 1).split(",")) {
                    if (!m.isBlank()) {
                        members.add(m.strip());
                    }
                }
                substitutions.put(text.substring(1, close), members);
                continue;
            }
            int open = text.indexOf('[');
            int close = text.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                problems.add(line.problem("agents need a code in brackets"));
                continue;
            }
            String raw = text.substring(open + 1, close);
            String phrase = text.substring(0, open).strip();
            String source = line.file() + ":" + line.number();
            if (phrase.isEmpty() || raw.isBlank()) {
                problems.add(line.problem("agent line without a phrase or code"));
                continue;
            }
            List<String> forms = new ArrayList<>();
            if (phrase.contains("!")) {
                int a = phrase.indexOf('!');
                int b = phrase.indexOf('!', a + 1);
                if (b < 0) {
                    problems.add(line.problem("substitution marker syntax incorrect"));
                    continue;
                }
                List<String> members = substitutions.get(phrase.substring(a + 1, b));
                if (members == null) {
                    problems.add(line.problem("substitution set !" + phrase.substring(a + 1, b) + "! is not defined"));
                    continue;
                }
                for (String m : members) {
                    forms.add(phrase.substring(0, a) + m + phrase.substring(b + 1));
                }
            } else if (phrase.contains("{")) {
                int brace = phrase.indexOf('{');
                // a '}' before the '{' closes nothing
                int b = phrase.indexOf('}', brace + 1);
                if (b < 0) {
                    problems.add(line.problem("missing '}'"));
                    continue;
                }
                String singular = phrase.substring(0, brace).strip();
                forms.add(singular);
                for (String p : phrase.substring(brace + 1, b).strip().split("\\s+")) {
                    if (!p.isBlank()) {
                        forms.add(p);
                    }
                }
            } else {
                forms.add(phrase);
                forms.add(plural(phrase));
            }
            for (String f : forms) {
                try {
                    NounPattern p = NounPattern.parse(f);
                    builder.add(p, Agent.fromDictionaryCode(p.toString(), raw, source));
                } catch (IllegalArgumentException e) {
                    problems.add(line.problem(e.getMessage()));
                }
            }
        }
        return new AgentDictionary(builder.build(), problems);
    }

    /**
     * The regular English plural of the last word: -Y after a consonant to -IES, -MAN to -MEN,
     * -S, -X, -Z, -CH, -SH to -ES, else -S. (PETRARCH turned every -Y into -IES: ENVOIES.)
     */
    static String plural(String phrase) {
        String p = phrase.strip();
        String tail = p.endsWith("_") ? "_" : "";
        String base = tail.isEmpty() ? p : p.substring(0, p.length() - 1);
        int n = base.length();
        if (base.endsWith("Y") && n > 1 && "AEIOU".indexOf(base.charAt(n - 2)) < 0) {
            return base.substring(0, n - 1) + "IES" + tail;
        }
        if (base.endsWith("MAN")) {
            return base.substring(0, n - 3) + "MEN" + tail;
        }
        if (base.endsWith("S") || base.endsWith("X") || base.endsWith("Z") || base.endsWith("CH") || base.endsWith("SH")) {
            return base + "ES" + tail;
        }
        return base + "S" + tail;
    }
}
