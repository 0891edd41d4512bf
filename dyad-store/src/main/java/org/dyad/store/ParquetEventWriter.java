package org.dyad.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.output.EventWriter;

/**
 * Events as a Parquet file, the columns of the store's export. Parquet is written whole, so
 * events gather in an in-memory store and the file is written when the writer closes.
 */
public final class ParquetEventWriter implements EventWriter {

    private static final int BATCH = 1_000;

    private final Path file;
    private final EventStore store = EventStore.open(null, false, 1);
    private final List<org.dyad.core.model.Event> pending = new ArrayList<>();

    public ParquetEventWriter(Path file) {
        this.file = file;
    }

    @Override
    public void write(org.dyad.core.model.Event event) {
        pending.add(event);
        if (pending.size() == BATCH) {
            flush();
        }
    }

    @Override
    public void flush() {
        store.addEvents(List.copyOf(pending));
        pending.clear();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
            store.exportParquet(EventQuery.all(), file);
        } catch (StoreException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        } finally {
            store.close();
        }
    }
}
