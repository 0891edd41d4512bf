package org.dyad.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.model.Article;
import org.dyad.core.model.Event;
import org.dyad.core.petrarch.PetrarchRecord;
import org.dyad.core.pipeline.CodedArticle;
import org.dyad.store.EventStore;
import org.dyad.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad ingest}: codes input and stores it, each article once. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code articles and store them with their events in the event store.",
                "An article already stored (same id, URL or text) is not coded again, so ingesting the same "
                        + "input twice changes nothing. Each article is stored whole or not at all.",
                "Exit status 1 when some input could not be read; everything else is still stored."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    CodingOptions coding;

    @Option(names = "--store", defaultValue = "dyad.duckdb", paramLabel = "FILE",
            description = "the event store, created when missing (default: ${DEFAULT-VALUE})")
    Path storeFile;

    @Override
    public Integer call() throws IOException {
        try (EventStore store = EventStore.open(storeFile)) {
            return ingest(store);
        }
    }

    /** Codes the inputs into an open store and says what changed. */
    int ingest(EventStore store) throws IOException {
        StoreSink sink = new StoreSink(store);
        int status = new CodingRun(coding, sink).run();
        StoreCounts now = store.counts();
        System.err.printf("dyad: %s: %d articles stored, %d already there (not coded again); the store holds %d articles, "
                        + "%d events%n",
                store.name(), sink.stored, sink.duplicates, now.articles(), now.events());
        return status;
    }

    /**
     * Stores each article with its events. PETRARCH records are sentences of stories: the
     * sentences of one story, consecutive in the input, are stored as one article.
     */
    static final class StoreSink implements CodedSink {

        private final EventStore store;
        private long stored;
        private long duplicates;
        private String storyId;
        private LocalDate storyDate;
        private final List<String> storySentences = new ArrayList<>();
        private final List<Event> storyEvents = new ArrayList<>();

        StoreSink(EventStore store) {
            this.store = store;
        }

        @Override
        public boolean wanted(Article article) {
            if (store.contains(article)) {
                duplicates++;
                return false;
            }
            return true;
        }

        @Override
        public void article(CodedArticle coded, List<Event> kept) {
            add(coded.article(), coded.sentences(), kept);
        }

        private void add(Article article, int sentences, List<Event> events) {
            if (store.add(article, sentences, events)) {
                stored++;
            } else {
                duplicates++;
            }
        }

        @Override
        public void record(PetrarchRecord record, LocalDate date, List<Event> kept) {
            if (!record.storyId().equals(storyId)) {
                finish();
                storyId = record.storyId();
                storyDate = date;
            }
            storySentences.add(record.text());
            storyEvents.addAll(kept);
        }

        @Override
        public void finish() {
            if (storyId != null) {
                add(new Article(storyId, null, null, storyDate, null, String.join(" ", storySentences)),
                        storySentences.size(), storyEvents);
            }
            storyId = null;
            storySentences.clear();
            storyEvents.clear();
        }
    }
}
