package org.dyad.core.dictionary;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How words are compared: upper case, without accents, so "Nicolás Maduro" in a wire story
 * matches NICOLAS MADURO in a dictionary and the other way round.
 */
public final class Spelling {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Spelling() {
    }

    public static String fold(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            if (upper.charAt(i) > 0x7f) {
                return letters(MARKS.matcher(Normalizer.normalize(upper, Normalizer.Form.NFD)).replaceAll(""));
            }
        }
        return upper; // the common case: nothing to strip
    }

    /** Letters that are not a base letter plus a mark, and so survive decomposition: Støre, Łukasz, Þór. */
    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00d8' -> b.append('O');        // Ø
                case '\u00c6' -> b.append("AE");       // Æ
                case '\u0152' -> b.append("OE");       // Œ
                case '\u00df', '\u1e9e' -> b.append("SS"); // ß
                case '\u0141' -> b.append('L');        // Ł
                case '\u0110', '\u00d0' -> b.append('D'); // Đ Ð
                case '\u00de' -> b.append("TH");       // Þ
                case '\u0131' -> b.append('I');        // dotless i
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
