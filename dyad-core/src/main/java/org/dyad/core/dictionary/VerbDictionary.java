package org.dyad.core.dictionary;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Verbs, their patterns and synsets. {@code forms} is keyed by the upper-case word as it appears
 * in text, so finding a sentence's verb is one hash lookup; {@code patterns} is keyed by primary verb.
 *
 * @param verbClass the block each primary verb was defined in (SAY, ATTACK, ...), as
 *                  transformations name them
 */
public record VerbDictionary(Map<String, VerbForm> forms,
                             Map<String, List<VerbPattern>> patterns,
                             Map<String, Synset> synsets,
                             Map<String, String> verbClass,
                             List<Transformation> transformations,
                             List<DictionaryProblem> problems) {

    public VerbDictionary {
        forms = Map.copyOf(forms);
        patterns = Map.copyOf(patterns);
        synsets = Map.copyOf(synsets);
        verbClass = Map.copyOf(verbClass);
        transformations = List.copyOf(transformations);
        problems = List.copyOf(problems);
    }

    public static VerbDictionary readPetrarch(Path file) {
        return PetrarchVerbReader.read(PetrarchLines.read(file));
    }

    public static VerbDictionary readPetrarch(List<DictionaryLine> lines) {
        return PetrarchVerbReader.read(lines);
    }

    public VerbForm form(String word) {
        return forms.get(word);
    }

    public List<VerbPattern> patternsOf(String primary) {
        return patterns.getOrDefault(primary, List.of());
    }

    public Synset synset(String name) {
        return synsets.get(name);
    }

    public int patternCount() {
        return patterns.values().stream().mapToInt(List::size).sum();
    }
}
