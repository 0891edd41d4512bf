package org.dyad.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.core.coder.CodedEvent;
import org.dyad.core.coder.CoderOptions;
import org.dyad.core.coder.CodingResult;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.coder.Modality;
import org.dyad.core.coder.NounPhraseCoder;
import org.dyad.core.gazetteer.Gazetteer;
import org.dyad.core.gazetteer.Place;
import org.dyad.core.gazetteer.Places;
import org.dyad.core.model.Attribution;
import org.dyad.core.model.Location;
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
    private final NounPhraseCoder actorPhrases;
    private final Gazetteer gazetteer;

    public ArticleCoder(ArticleParser parser, EventCoder coder, EventFactory events, CoderOptions options) {
        this(parser, coder, events, options, Gazetteer.empty());
    }

    /** As above, placing events with {@code gazetteer}. */
    public ArticleCoder(ArticleParser parser, EventCoder coder, EventFactory events, CoderOptions options,
                        Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.parser = parser;
        this.coder = coder;
        this.events = events;
        this.options = options;
        this.actorPhrases = new NounPhraseCoder(coder.dictionaries().actors(), coder.dictionaries().agents());
    }

    public CodedArticle code(Article article) {
        List<Sentence> sentences = parser.parse(article);
        List<Event> out = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        List<String> texts = sentences.stream().map(Sentence::text).toList();
        List<Attribution> named = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            named.add(Attributions.find(s.text(), s.date(), actorPhrases::code));
        }
        Attribution articleSource = Attributions.ofArticle(named, texts);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            CodingResult r = coder.code(s, options);
            if (r.problem() != null) {
                skipped.merge(r.problem().kind(), 1, Integer::sum);
                if (r.problem().kind().equals("storydiscard")) {
                    return new CodedArticle(article, sentences.size(), List.of(), skipped);
                }
                continue;
            }
            String when = EventDates.of(s.times(), s.date());
            boolean ahead = EventDates.after(when, s.date());
            Attribution source = named.get(i) != null ? named.get(i) : articleSource;
            Location place = r.events().isEmpty() ? null
                    : Places.find(s.text(), gazetteer).map(Place::location).orElse(null);
            for (CodedEvent e : r.events()) {
                if (ahead && e.modality() == Modality.ASSERTED) {
                    e = e.withModality(Modality.FUTURE);
                }
                Event event = events.create(e, article.id(), s.id(), s.index(), s.text(), when, r.issues());
                event = source == null ? event : event.withAttribution(source);
                event = place == null ? event : event.withLocation(place);
                out.add(article.outlet() == null ? event : event.withOutlet(article.outlet()));
            }
        }
        return new CodedArticle(article, sentences.size(), deduplicate(out), skipped);
    }

    /**
     * One event per source, target, code and date within an article, kept where it is first
     * reported, with the number of sentences that report it: a story that repeats its lead in the
     * last paragraph is one event, mentioned twice.
     */
    static List<Event> deduplicate(List<Event> events) {
        Map<List<String>, Event> first = new LinkedHashMap<>();
        for (Event e : events) {
            first.merge(e.identity(), e, (kept, again) -> kept.withMentions(kept.mentions() + again.mentions()));
        }
        return List.copyOf(first.values());
    }
}
