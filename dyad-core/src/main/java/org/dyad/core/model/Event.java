package org.dyad.core.model;

import java.util.Map;

/**
 * A coded event, the record dyad writes (see DESIGN.md, "The event record"). Fields that later
 * stages fill (attribution, location, modality) are absent until they are known.
 *
 * @param date ISO 8601 at the precision known: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown
 */
public record Event(String id, String articleId, String sentenceId, int sentenceIndex, String sentence,
                    String date, ActorRef source, ActorRef target, String code, String rootCode,
                    Integer quadClass, Double goldstein, Plover plover, String modality,
                    Evidence evidence, Map<String, Integer> issues) {

    public Event {
        issues = issues == null ? Map.of() : Map.copyOf(issues);
    }
}
