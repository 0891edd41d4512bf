package org.dyad.store;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as stored, with its events (JSON event records) and where their parts are written.
 */
public record StoredArticle(String id, String url, String outlet, LocalDate date, String title, String text,
                            int sentences, List<String> events, List<TextSpan> spans) {

    public StoredArticle {
        events = List.copyOf(events);
        spans = List.copyOf(spans);
    }
}
