package org.dyad.core.dictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases keyed by their first word, the top level of a word trie: a lookup costs one hash probe
 * and then only the few phrases that start with that word, longest first, so the longest phrase
 * wins as in PETRARCH.
 */
public final class PhraseIndex<T> {

    /** A phrase and what it stands for. */
    public record Entry<T>(NounPattern pattern, T value) {
    }

    /** A phrase found in a noun phrase: the words from {@code start} to {@code end} (exclusive). */
    public record Match<T>(T value, int start, int end, NounPattern pattern) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord;
    private final int size;

    private PhraseIndex(Map<String, List<Entry<T>>> byFirstWord, int size) {
        this.byFirstWord = byFirstWord;
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** The first (longest) phrase starting exactly at {@code start}, or null. */
    public Match<T> matchAt(List<String> words, int start) {
        List<Entry<T>> candidates = byFirstWord.get(words.get(start));
        if (candidates == null) {
            return null;
        }
        for (Entry<T> e : candidates) {
            int end = e.pattern().matchAt(words, start);
            if (end > 0) {
                return new Match<>(e.value(), start, end, e.pattern());
            }
        }
        return null;
    }

    public boolean startsPhrase(String word) {
        return byFirstWord.containsKey(word);
    }

    public List<Entry<T>> entries() {
        List<Entry<T>> all = new ArrayList<>();
        byFirstWord.values().forEach(all::addAll);
        return all;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public static final class Builder<T> {
        private final Map<String, List<Entry<T>>> map = new HashMap<>();
        private int size;

        public Builder<T> add(NounPattern pattern, T value) {
            map.computeIfAbsent(pattern.first(), k -> new ArrayList<>(2)).add(new Entry<>(pattern, value));
            size++;
            return this;
        }

        public PhraseIndex<T> build() {
            Map<String, List<Entry<T>>> frozen = new HashMap<>(map.size() * 2);
            Comparator<Entry<T>> longestFirst = Comparator.comparingInt(e -> -e.pattern().size());
            for (Map.Entry<String, List<Entry<T>>> e : map.entrySet()) {
                List<Entry<T>> list = new ArrayList<>(e.getValue());
                list.sort(longestFirst); // stable: dictionary order among equal lengths
                frozen.put(e.getKey(), List.copyOf(list));
            }
            return new PhraseIndex<>(frozen, size);
        }
    }
}
