package org.dyad.core.model;

import java.util.Arrays;
import java.util.List;
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
 * @param outlet   who published the article, when the input says
 * @param sources  how many outlets report the event: 1, or more after the one-a-day filter
 */
public record Event(String id, String articleId, String sentenceId, int sentenceIndex, String sentence,
                    String date, ActorRef source, ActorRef target, String code, String rootCode,
                    Integer quadClass, Double goldstein, Plover plover, String modality,
                    Evidence evidence, Map<String, Integer> issues, int mentions,
                    Attribution attribution, int articles, Location location, String outlet, int sources) {

    public Event {
        issues = issues == null ? Map.of() : Map.copyOf(issues);
    }

    /**
     * What makes two reports one event: the same source, target, code and date. Deduplication,
     * within an article and across articles, counts reports by it.
     */
    public List<String> identity() {
        return Arrays.asList(source == null ? null : source.code(), target == null ? null : target.code(),
                code, date);
    }

    /** An event mentioned once. */
    public Event(String id, String articleId, String sentenceId, int sentenceIndex, String sentence,
                 String date, ActorRef source, ActorRef target, String code, String rootCode,
                 Integer quadClass, Double goldstein, Plover plover, String modality,
                 Evidence evidence, Map<String, Integer> issues) {
        this(id, articleId, sentenceId, sentenceIndex, sentence, date, source, target, code, rootCode, quadClass,
                goldstein, plover, modality, evidence, issues, 1, null, 1, null, null, 1);
    }

    /** This event, reported {@code n} times in its article. */
    public Event withMentions(int n) {
        return new Event(id, articleId, sentenceId, sentenceIndex, sentence, date, source, target, code, rootCode,
                quadClass, goldstein, plover, modality, evidence, issues, n, attribution, articles, location, outlet, sources);
    }

    /** This event, reported on the word of {@code a}. */
    public Event withAttribution(Attribution a) {
        return new Event(id, articleId, sentenceId, sentenceIndex, sentence, date, source, target, code, rootCode,
                quadClass, goldstein, plover, modality, evidence, issues, mentions, a, articles, location, outlet, sources);
    }

    /** This event, counted over the articles and outlets that report it. */
    public Event withCounts(int mentions, int articles, int sources) {
        return new Event(id, articleId, sentenceId, sentenceIndex, sentence, date, source, target, code, rootCode,
                quadClass, goldstein, plover, modality, evidence, issues, mentions, attribution, articles, location,
                outlet, sources);
    }

    /** This event, as published by {@code name}. */
    public Event withOutlet(String name) {
        return new Event(id, articleId, sentenceId, sentenceIndex, sentence, date, source, target, code, rootCode,
                quadClass, goldstein, plover, modality, evidence, issues, mentions, attribution, articles, location,
                name, sources);
    }

    /** This event, placed where its sentence says it happened. */
    public Event withLocation(Location at) {
        return new Event(id, articleId, sentenceId, sentenceIndex, sentence, date, source, target, code, rootCode,
                quadClass, goldstein, plover, modality, evidence, issues, mentions, attribution, articles, at,
                outlet, sources);
    }
}
