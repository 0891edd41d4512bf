package org.dyad.store;

/**
 * An actor as the stored events name it.
 *
 * @param text      the words the actor is most often found as
 * @param asSource  events it is the source of
 * @param asTarget  events it is the target of
 * @param meanGoldstein mean Goldstein score of all its events
 */
public record ActorSummary(String code, String country, String text, long asSource, long asTarget,
                           Double meanGoldstein) {
}
