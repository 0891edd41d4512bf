package org.dyad.app;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Article;
import org.dyad.core.model.Event;
import org.dyad.core.petrarch.PetrarchRecord;
import org.dyad.core.pipeline.CodedArticle;

/**
 * Where a coding run hands what it coded, in input order: an event writer for {@code dyad code},
 * the event store for {@code dyad ingest}.
 */
interface CodedSink {

    /** Whether to code this article at all; a store says no to what it holds already. */
    default boolean wanted(Article article) {
        return true;
    }

    /** An article and the events of it that the run keeps. */
    void article(CodedArticle coded, List<Event> kept) throws IOException;

    /** A pre-parsed PETRARCH sentence and the events of it that the run keeps. */
    void record(PetrarchRecord record, LocalDate date, List<Event> kept) throws IOException;

    /**
     * Everything of the first {@code units} articles or records of the input (counted from the
     * start, those an earlier run did included) has been handed over.
     */
    default void done(long units) throws IOException {
    }

    /** The input is over: hand on anything held back. */
    default void finish() throws IOException {
    }
}
