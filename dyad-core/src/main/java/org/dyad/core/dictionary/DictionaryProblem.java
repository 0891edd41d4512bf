package org.dyad.core.dictionary;

/** A dictionary line that could not be used, with where it is and why; loading goes on past it. */
public record DictionaryProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
