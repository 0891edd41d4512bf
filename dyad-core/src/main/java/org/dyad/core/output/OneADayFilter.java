package org.dyad.core.output;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.model.Event;

/**
 * The field's one-a-day filter across articles: one event per source, target, code and day, the
 * first report kept, its mentions summed and the articles and outlets reporting it counted (GDELT's
 * NumMentions, NumArticles, NumSources), so that a story
 * carried by a hundred papers is one event and not a hundred. The events are held until the run
 * ends, since a later article can repeat an earlier one; memory grows with the distinct events,
 * not with the articles.
 */
public final class OneADayFilter implements EventWriter {

    private final EventWriter out;
    private final Map<List<String>, Counted> events = new LinkedHashMap<>();
    private long received;

    public OneADayFilter(EventWriter out) {
        this.out = out;
    }

    private static final class Counted {
        final Event first;
        int mentions;
        final Set<String> articles = new HashSet<>();
        final Set<String> outlets = new HashSet<>();

        Counted(Event first) {
            this.first = first;
        }
    }

    @Override
    public void write(Event e) {
        received++;
        Counted c = events.computeIfAbsent(e.identity(), k -> new Counted(e));
        c.mentions += Math.max(1, e.mentions());
        c.articles.add(e.articleId());
        if (e.outlet() != null) {
            c.outlets.add(e.outlet());
        }
    }

    /** Events seen and events kept so far. */
    public long received() {
        return received;
    }

    public int kept() {
        return events.size();
    }

    @Override
    public void flush() {
        // nothing can be written before the run ends: a later article may repeat any event
    }

    @Override
    public void close() throws IOException {
        try (out) {
            for (Counted c : events.values()) {
                out.write(c.first.withCounts(c.mentions, c.articles.size(), Math.max(1, c.outlets.size())));
            }
            out.flush();
        }
    }
}
