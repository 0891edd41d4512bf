package org.dyad.core.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.core.model.Event;

/**
 * PETRARCH's tab-separated event file: date (YYYYMMDD), source, target, CAMEO code, issues
 * (CODE,count;...), sentence id, and the matched verb, one event per line.
 */
public final class PetrarchTsvWriter implements EventWriter {

    private final Writer out;

    public PetrarchTsvWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Event e) throws IOException {
        String date = e.date() == null ? "" : e.date().replace("-", "");
        out.write(String.join("\t",
                date,
                e.source().code(),
                e.target().code(),
                e.code(),
                issues(e.issues()),
                e.sentenceId() == null ? "" : e.sentenceId(),
                e.evidence() == null || e.evidence().verb() == null ? "" : e.evidence().verb()));
        out.write('\n');
    }

    private static String issues(Map<String, Integer> issues) {
        return issues.entrySet().stream().map(x -> x.getKey() + "," + x.getValue()).collect(Collectors.joining(";"));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
