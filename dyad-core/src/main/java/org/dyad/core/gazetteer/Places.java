package org.dyad.core.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence says its event happened: a capitalised name the gazetteer knows after "in",
 * "at", "near" or "outside" ("met last month in Caracas", "talks in Geneva"). "From" and "to"
 * name where people come from or go, not where the event is, and are not read.
 */
public final class Places {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*");
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside");
    private static final Set<String> LINKS = Set.of("the", "of", "de", "al", "el", "la");

    private Places() {
    }

    public static Optional<Place> find(String sentence, Gazetteer gazetteer) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(m.group().replaceAll("[.’']+$", ""));
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!LOCATIVES.contains(words.get(i).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int start = i + 1;
            if (words.get(start).equals("the")) {
                start++;
            }
            for (int n = Math.min(gazetteer.maxWords(), words.size() - start); n >= 1; n--) {
                List<String> name = words.subList(start, start + n);
                if (!Character.isUpperCase(name.get(0).charAt(0)) || !capitalised(name)) {
                    continue;
                }
                Optional<Place> p = gazetteer.lookup(String.join(" ", name));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    /** "Ho Chi Minh City", "Gaza City", "Rio de Janeiro": capitalised but for linking words. */
    private static boolean capitalised(List<String> name) {
        for (String w : name) {
            if (!Character.isUpperCase(w.charAt(0)) && !LINKS.contains(w)) {
                return false;
            }
        }
        return Character.isUpperCase(name.get(name.size() - 1).charAt(0));
    }
}
