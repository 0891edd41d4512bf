package org.dyad.core.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over words, for phrases that are looked for anywhere in a sentence (discards, issues).
 * The last word of a phrase may be a stem, matching any word that starts with it, as TABARI's
 * unterminated entries did.
 */
public final class WordTrie<T> {

    /** A phrase found in a sentence, words {@code start} to {@code end} (exclusive). */
    public record Hit<T>(T value, int start, int end) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        final List<T> exact = new ArrayList<>(1);
        // stems by their text, so a word is checked by looking up its own prefixes, not every stem
        final Map<String, List<T>> stems = new HashMap<>(2);
        int shortestStem = Integer.MAX_VALUE;
        int longestStem;
    }

    private final Node<T> root = new Node<>();
    private int size;

    public void add(List<String> words, boolean lastIsStem, T value) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<T> n = root;
        int last = words.size() - 1;
        for (int i = 0; i < last; i++) {
            n = n.next.computeIfAbsent(words.get(i), k -> new Node<>());
        }
        if (lastIsStem) {
            String stem = words.get(last);
            n.stems.computeIfAbsent(stem, k -> new ArrayList<>(1)).add(value);
            n.shortestStem = Math.min(n.shortestStem, stem.length());
            n.longestStem = Math.max(n.longestStem, stem.length());
        } else {
            n.next.computeIfAbsent(words.get(last), k -> new Node<>()).exact.add(value);
        }
        size++;
    }

    public int size() {
        return size;
    }

    /** Every phrase occurrence in {@code words}, left to right. */
    public List<Hit<T>> findAll(List<String> words) {
        List<Hit<T>> hits = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            Node<T> n = root;
            for (int k = start; k < words.size() && n != null; k++) {
                String w = words.get(k);
                if (!n.stems.isEmpty()) {
                    int longest = Math.min(n.longestStem, w.length());
                    for (int len = n.shortestStem; len <= longest; len++) {
                        List<T> values = n.stems.get(w.substring(0, len));
                        if (values != null) {
                            for (T v : values) {
                                hits.add(new Hit<>(v, start, k + 1));
                            }
                        }
                    }
                }
                n = n.next.get(w);
                if (n != null) {
                    for (T v : n.exact) {
                        hits.add(new Hit<>(v, start, k + 1));
                    }
                }
            }
        }
        return hits;
    }

    /** Splits text into the upper-case words the tries hold; punctuation separates words. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '.' && w.length() > 0
                    && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(Spelling.fold(w.toString()));
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(Spelling.fold(w.toString()));
        }
        return out;
    }
}
