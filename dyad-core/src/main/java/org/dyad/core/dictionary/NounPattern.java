package org.dyad.core.dictionary;

import java.util.ArrayList;
import java.util.List;

/**
 * An actor or agent phrase as the PETRARCH dictionaries write it: words joined by '_' (the next
 * word must follow at once) or by a blank (other words may come between). A trailing '_' marks
 * an exact word, which is how every word is matched here anyway.
 *
 * @param words      the words, upper case
 * @param connectors connectors.get(i) joins words i and i+1: true when they must be adjacent
 */
public record NounPattern(List<String> words, List<Boolean> connectors) {

    public NounPattern {
        words = List.copyOf(words);
        connectors = List.copyOf(connectors);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
    }

    /** Reads "NEW_ZEALAND", "PRESIDENT HOSNI MUBARAK", "ARNOR_" and the like. */
    public static NounPattern parse(String phrase) {
        List<String> words = new ArrayList<>();
        List<Boolean> connectors = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String s = Spelling.fold(phrase.strip());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' || c == ' ' || c == '\t') {
                if (word.length() > 0) {
                    words.add(word.toString());
                    connectors.add(c == '_');
                    word.setLength(0);
                } else if (c == '_' && !connectors.isEmpty()) {
                    connectors.set(connectors.size() - 1, true);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
            connectors.add(false);
        }
        if (!connectors.isEmpty()) {
            connectors.remove(connectors.size() - 1);
        }
        return new NounPattern(words, connectors);
    }

    public String first() {
        return words.get(0);
    }

    public int size() {
        return words.size();
    }

    /**
     * Matches this pattern against {@code phrase} starting at {@code start}, where the first word
     * is already known to match. Returns the index just past the last matched word, or -1.
     */
    public int matchAt(List<String> phrase, int start) {
        int k = start + 1;
        for (int j = 1; j < words.size(); j++) {
            boolean adjacent = connectors.get(j - 1);
            String w = words.get(j);
            while (true) {
                if (k >= phrase.size()) {
                    return -1;
                }
                if (phrase.get(k).equals(w)) {
                    k++;
                    break;
                }
                if (adjacent) {
                    return -1;
                }
                k++;
            }
        }
        return k;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(words.get(0));
        for (int i = 1; i < words.size(); i++) {
            sb.append(connectors.get(i - 1) ? '_' : ' ').append(words.get(i));
        }
        return sb.toString();
    }
}
