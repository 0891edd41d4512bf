package org.dyad.core.pipeline;

import java.util.List;
import java.util.Map;
import org.dyad.core.model.Article;
import org.dyad.core.model.Event;

/**
 * What coding an article gave: its events, how many sentences it had, and why sentences were
 * not coded (discards, datelines, trees the coder could not follow), counted by reason.
 */
public record CodedArticle(Article article, int sentences, List<Event> events, Map<String, Integer> skipped) {

    public CodedArticle {
        events = List.copyOf(events);
        skipped = Map.copyOf(skipped);
    }
}
