package org.dyad.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.core.coder.CodedEvent;
import org.dyad.core.coder.CoderOptions;
import org.dyad.core.coder.CodingResult;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.model.Article;
import org.dyad.core.model.Event;
import org.dyad.core.model.EventFactory;
import org.dyad.core.model.Sentence;

/**
 * From an article to its events: parse, code each sentence, make the event records. A story
 * discard in any sentence drops the whole article, as PETRARCH drops the story. Safe to share
 * between threads when its parser is.
 */
public final class ArticleCoder {

    private final ArticleParser parser;
    private final EventCoder coder;
    private final EventFactory events;
    private final CoderOptions options;

    public ArticleCoder(ArticleParser parser, EventCoder coder, EventFactory events, CoderOptions options) {
        this.parser = parser;
        this.coder = coder;
        this.events = events;
        this.options = options;
    }

    public CodedArticle code(Article article) {
        List<Sentence> sentences = parser.parse(article);
        List<Event> out = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (Sentence s : sentences) {
            CodingResult r = coder.code(s, options);
            if (r.problem() != null) {
                skipped.merge(r.problem().kind(), 1, Integer::sum);
                if (r.problem().kind().equals("storydiscard")) {
                    return new CodedArticle(article, sentences.size(), List.of(), skipped);
                }
                continue;
            }
            for (CodedEvent e : r.events()) {
                out.add(events.create(e, article.id(), s.id(), s.index(), s.text(), s.date(), r.issues()));
            }
        }
        return new CodedArticle(article, sentences.size(), out, skipped);
    }
}
