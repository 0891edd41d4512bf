package org.dyad.core.dictionary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The property every dictionary reader is fuzzed for: any bytes load into a dictionary, and what
 * cannot be used is a {@link DictionaryProblem} naming its file and line, never an exception.
 */
final class AnyDictionaryText {

    static final String FILE = "fuzz.txt";

    private AnyDictionaryText() {
    }

    static List<DictionaryLine> lines(byte[] input) {
        try {
            return PetrarchLines.read(FILE, new ByteArrayInputStream(input));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    static void check(List<DictionaryProblem> problems) {
        for (DictionaryProblem p : problems) {
            if (p.file() == null || p.message() == null || p.message().isBlank() || p.line() < 0) {
                throw new AssertionError("problem without a file, line or message: " + p);
            }
        }
    }
}
