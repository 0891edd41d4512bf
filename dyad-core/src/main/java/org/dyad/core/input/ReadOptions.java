package org.dyad.core.input;

import java.time.LocalDate;

/**
 * How articles are read.
 *
 * @param maxArticleChars the longest article text accepted; longer articles are reported and
 *     skipped
 * @param defaultDate the publication date of articles whose input carries none, or null to leave
 *     it unknown
 */
public record ReadOptions(int maxArticleChars, LocalDate defaultDate) {

    public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;

    // Markup is much longer than the text it carries, but a page or feed beyond this is not news.
    private static final long MIN_MARKUP_CHARS = 32L << 20;
    private static final int MARKUP_PER_TEXT = 16;

    public ReadOptions {
        if (maxArticleChars <= 0) {
            throw new IllegalArgumentException("maxArticleChars must be positive, was " + maxArticleChars);
        }
    }

    /** A limit of {@value #DEFAULT_MAX_ARTICLE_CHARS} characters and no default date. */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_ARTICLE_CHARS, null);
    }

    public ReadOptions withMaxArticleChars(int chars) {
        return new ReadOptions(chars, defaultDate);
    }

    public ReadOptions withDefaultDate(LocalDate date) {
        return new ReadOptions(maxArticleChars, date);
    }

    /** The longest HTML page or feed file read into memory, in characters. */
    int maxMarkupChars() {
        long chars = Math.max(MIN_MARKUP_CHARS, (long) MARKUP_PER_TEXT * maxArticleChars);
        return (int) Math.min(chars, Integer.MAX_VALUE - 16);
    }

    /**
     * The longest JSON line read into memory, in bytes: room for a text at the limit even if
     * every character is written as a six-byte unicode escape, plus the other fields.
     */
    int maxLineBytes() {
        return (int) Math.min(6L * maxArticleChars + (1 << 16), Integer.MAX_VALUE - 16);
    }
}
