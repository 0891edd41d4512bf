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

    static String tooLong(long chars, int limit) {
        return "article of " + chars + " characters exceeds the limit of " + limit;
    }
}
