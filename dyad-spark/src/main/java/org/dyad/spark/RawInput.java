package org.dyad.spark;

import java.io.Serializable;
import org.dyad.core.input.InputProblem;

/**
 * Input as the filesystem holds it, before it is read as articles: one JSON line, or one whole
 * file of text, HTML or a feed. Bytes, not text, so that invalid UTF-8 is reported and skipped as
 * {@code dyad code} does, not decoded into replacement characters.
 *
 * @param file   the file's path or URI, as problems name it
 * @param offset the byte offset of a JSON line in its file; -1 for a whole file
 */
public record RawInput(String file, long offset, byte[] bytes) implements Serializable {

    public static final long WHOLE_FILE = -1;

    /**
     * A problem with this input as a person can find it: a JSON line by its byte offset (the
     * reader saw the line alone and would call it line 1), a whole file as the reader names it.
     */
    String report(InputProblem problem) {
        return offset == WHOLE_FILE ? problem.toString() : file + ", line at byte " + offset + ": " + problem.message();
    }
}
