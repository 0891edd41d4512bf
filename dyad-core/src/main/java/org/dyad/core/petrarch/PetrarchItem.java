package org.dyad.core.petrarch;

/** What a PETRARCH XML file holds, in document order: sentences, option changes and unreadable records. */
public sealed interface PetrarchItem {

    /** A sentence record. */
    record Sentence(PetrarchRecord record) implements PetrarchItem {
    }

    /** {@code <Config option="require_dyad" value="false">}: applies to the records that follow. */
    record Config(String option, String value, String file, int line) implements PetrarchItem {
    }

    /** A record that could not be read; the rest of the file goes on. */
    record Malformed(String id, String file, int line, String message) implements PetrarchItem {
    }
}
