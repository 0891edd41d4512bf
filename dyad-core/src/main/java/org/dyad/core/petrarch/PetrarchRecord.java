package org.dyad.core.petrarch;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code <Sentence>} of a PETRARCH XML file: an input sentence with its parse, and, in a
 * validation file, the codings it should produce.
 *
 * @param active        false when the suite's {@code <Include>} list leaves the record out
 *                      (category not listed, or sentence="false" under "valid")
 * @param expected      expected events; empty with {@code expectsNothing} for noevents records
 * @param expectedError PETRARCH's error name (dateline, storydiscard, ...) or null
 * @param line          line of the record in its file
 */
public record PetrarchRecord(String id, String category, LocalDate date, String text, String parse,
                             boolean flaggedValid, List<ExpectedEvent> expected, boolean hasCodings,
                             String expectedError, boolean active, String file, int line) {

    public PetrarchRecord {
        expected = List.copyOf(expected);
    }

    /** The story a sentence belongs to: PETRARCH ids are STORY-NN or STORY_NN. */
    public String storyId() {
        int cut = Math.max(id.lastIndexOf('_'), id.lastIndexOf('-'));
        return cut > 0 ? id.substring(0, cut) : id;
    }
}
