package org.dyad.core.model;

import java.util.Map;

/**
 * A coded event, the record dyad writes (see DESIGN.md, "The event record"). Fields that later
 * stages fill (attribution, location, modality) are absent until they are known.
 *
 * @param date     when the event happened, ISO 8601 at the precision known (YYYY, YYYY-MM or
 *                 YYYY-MM-DD): the time expression that governs it ("last month"), else the
 *                 article's date; null when neither is known
 * @param mentions how many sentences of the article report the same event (within-article
 *                 deduplication keeps the first and counts the rest)
 * @param attribution who the sentence says reports the event; null when it names no source
 * @param articles how many articles report the event: 1, or more after the one-a-day filter
 *                 across articles
 * @param location where the sentence says the event happened; null when it names no place the
 *                 gazetteer knows
 */
public record Event(String id, String articleId, String sentenceId, int sentenceIndex, String sentence,
                    String date, ActorRef source, ActorRef target, String code, String rootCode,
                    Integer quadClass, Double goldstein, Plover plover, String modality,
                    Evidence evidence, Map<String, Integer> issues, int mentions,
                    Attribution attribution, int articles, Location location) {

    public Event {
        issues = issues == null ? Map.of() : Map.copyOf(issues);
    }

    /** An event mentioned once. */
    public Event(String id, String articleId, String sentenceId, int sentenceIndex, String sentence,
                 String date, ActorRef source, ActorRef target, String code, String rootCode,
                 Integer quadClass, Double goldstein, Plover plover, String modality,
                 Evidence evidence, Map<String, Integer> issues) {
        this(id, articleId, sentenceId, sentenceIndex, sentence, date, source, target, code, rootCode, quadClass,
                goldstein, plover, modality, evidence, issues, 1, null, 1, null);
    }

    /** This event, reported {@code n} times in its article. */
    public Event withMentions(int n) {
        return new Event(id, articleId, sentenceId, sentenceIndex, sentence, date, source, target, code, rootCode,
                quadClass, goldstein, plover, modality, evidence, issues, n, attribution, articles, location);
    }

    /** This event, reported on the word of {@code a}. */
    public Event withAttribution(Attribution a) {
        return new Event(id, articleId, sentenceId, sentenceIndex, sentence, date, source, target, code, rootCode,
                quadClass, goldstein, plover, modality, evidence, issues, mentions, a, articles, location);
    }

    /** This event, counted over the articles that report it. */
    public Event withCounts(int mentions, int articles) {
        return new Event(id, articleId, sentenceId, sentenceIndex, sentence, date, source, target, code, rootCode,
                quadClass, goldstein, plover, modality, evidence, issues, mentions, attribution, articles, location);
    }

    /** This event, placed where its sentence says it happened. */
    public Event withLocation(Location at) {
        return new Event(id, articleId, sentenceId, sentenceIndex, sentence, date, source, target, code, rootCode,
                quadClass, goldstein, plover, modality, evidence, issues, mentions, attribution, articles, at);
    }
}
