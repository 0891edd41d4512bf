package org.dyad.core.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Discard phrases: "+TYPHOON" drops the story, "BASEBALL" the sentence. A phrase ending in '_'
 * must match whole words; otherwise its last word is a stem. Matching ignores case.
 */
public record DiscardList(WordTrie<Discard> trie, List<DictionaryProblem> problems) {

    public static DiscardList empty() {
        return new DiscardList(new WordTrie<>(), List.of());
    }

    public static DiscardList readPetrarch(Path file) {
        return readPetrarch(PetrarchLines.read(file));
    }

    public static DiscardList readPetrarch(List<DictionaryLine> lines) {
        WordTrie<Discard> trie = new WordTrie<>();
        List<DictionaryProblem> problems = new ArrayList<>();
        for (DictionaryLine line : lines) {
            String t = line.text().strip().toUpperCase(Locale.ROOT);
            boolean story = t.startsWith("+");
            if (story) {
                t = t.substring(1).strip();
            }
            boolean exact = t.endsWith("_");
            if (exact) {
                t = t.substring(0, t.length() - 1);
            }
            List<String> words = WordTrie.words(t.replace('_', ' '));
            if (words.isEmpty()) {
                problems.add(line.problem("empty discard phrase"));
                continue;
            }
            trie.add(words, !exact, new Discard(t, story, line.file() + ":" + line.number()));
        }
        return new DiscardList(trie, problems);
    }

    /** The discard that applies to this sentence text, story discards first. */
    public Optional<Discard> find(String text) {
        List<WordTrie.Hit<Discard>> hits = trie.findAll(WordTrie.words(text));
        Discard sentence = null;
        for (WordTrie.Hit<Discard> h : hits) {
            if (h.value().story()) {
                return Optional.of(h.value());
            }
            if (sentence == null) {
                sentence = h.value();
            }
        }
        return Optional.ofNullable(sentence);
    }
}
