package org.dyad.core.input;

/** The wording of problems that more than one format reports, so that they read the same. */
final class Messages {

    static final String BINARY = "binary file";
    static final String EMPTY = "empty file";
    static final String INVALID_UTF8_FILE =
            "invalid UTF-8; the file is skipped (dyad reads UTF-8 only: convert it, e.g. with iconv)";
    static final String NO_ARTICLE_TEXT = "no article text found";

    private Messages() {
    }

    /**
     * Whether extracted text can be an article: at least a word with letters in it. A mangled page
     * ("<<<>>>", stray tags, an empty template) yields fragments that are not worth coding.
     */
    static boolean looksLikeText(String text) {
        int words = 0;
        boolean inWord = false;
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord && letter) {
                    words++;
                }
                inWord = false;
                letter = false;
            } else {
                inWord = true;
                letter |= Character.isLetter(c);
            }
        }
        if (inWord && letter) {
            words++;
        }
        return words >= 1;
    }

    static String tooLong(long chars, int limit) {
        return "article of " + chars + " characters exceeds the limit of " + limit;
    }
}
