package org.dyad.core.input;

/**
 * Input that could not be read: a binary or empty file, invalid UTF-8, an oversized article, a
 * malformed JSON line, a page without article text. The batch goes on without it.
 *
 * @param line the 1-based line for line-oriented inputs, 0 when the whole file is concerned
 */
public record InputProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
