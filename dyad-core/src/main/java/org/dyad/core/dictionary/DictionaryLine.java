package org.dyad.core.dictionary;

/** One meaningful line of a dictionary file: its text with comments removed, and its 1-based number. */
public record DictionaryLine(String file, int number, String text) {

    public DictionaryProblem problem(String message) {
        return new DictionaryProblem(file, number, message + ": '" + text.strip() + "'");
    }
}
