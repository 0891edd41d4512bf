package org.dyad.core.output;

import java.io.Closeable;
import java.io.IOException;
import org.dyad.core.model.Event;

/** A sink for events; each format writes them as they come. */
public interface EventWriter extends Closeable {

    void write(Event event) throws IOException;

    void flush() throws IOException;
}
