package org.dyad.core.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.Agent;
import org.dyad.core.dictionary.AgentDictionary;
import org.dyad.core.dictionary.PhraseIndex;

/**
 * Codes a noun phrase: the first actor phrase in it gives the root code (checked against the
 * sentence date), and every agent phrase outside the actor adds its code, suffixed ("~GOV") or
 * prefixed ("NGO~"). An agent without an actor yields "---" plus the agent ("---GOV"). An agent
 * code already present in the actor code ends the composition, so "Quibbler government newspaper"
 * does not become HGWGOVMEDGOV.
 */
public final class NounPhraseCoder {

    private final ActorDictionary actors;
    private final AgentDictionary agents;

    public NounPhraseCoder(ActorDictionary actors, AgentDictionary agents) {
        this.actors = actors;
        this.agents = agents;
    }

    /** The code of the phrase, or null when no actor or agent occurs in it. */
    public String code(List<String> words, LocalDate date) {
        return codeWithActor(words, date).code();
    }

    /** The code and the actor entry that gave its root, if any. */
    public Coded codeWithActor(List<String> words, LocalDate date) {
        String actorCode = null;
        PhraseIndex.Match<org.dyad.core.dictionary.Actor> actor = null;
        for (int k = 0; k < words.size(); k++) {
            PhraseIndex.Match<org.dyad.core.dictionary.Actor> m = actors.index().matchAt(words, k);
            if (m != null) {
                actor = m;
                actorCode = m.value().codeOn(date);
                break;
            }
        }
        List<Agent> found = new ArrayList<>(2);
        int last = words.size() - 1;
        boolean headed = actor != null && actor.end() - 1 == last;
        for (int k = 0; k < words.size(); k++) {
            if (actor != null && k >= actor.start() && k < actor.end()) {
                continue;
            }
            PhraseIndex.Match<Agent> m = agents.index().matchAt(words, k);
            if (m != null) {
                found.add(m.value());
                headed |= m.end() - 1 == last;
                k = m.end() - 1;
            }
        }
        if (found.isEmpty()) {
            return new Coded(actorCode, actor == null ? null : actor.value(), headed);
        }
        String code = actorCode == null ? LinearParse.UNCODED : actorCode;
        // a capital stands for its government ("Paris said"), but "a Paris court" is the court:
        // the role in the phrase replaces the government the place stood for
        if (actor != null && actor.value().name() != null && code.length() == 6 && code.endsWith("GOV")
                && !found.get(0).code().equals("GOV") && found.get(0).suffix() && isPlace(actor.value())) {
            code = code.substring(0, 3);
        }
        for (Agent a : found) {
            if (containsBlock(code, a.code())) {
                break;
            }
            code = a.suffix() ? code + a.code() : a.code() + code;
        }
        return new Coded(code, actor == null ? null : actor.value(), headed);
    }

    /** An entry with one unrestricted code and no dated roles: a place or body, not a person. */
    private static boolean isPlace(org.dyad.core.dictionary.Actor a) {
        return a.codes().size() == 1 && !a.codes().get(0).restricted();
    }

    /** Whether {@code part} already stands in {@code code} at a three-character boundary. */
    static boolean containsBlock(String code, String part) {
        for (int k = 0; k + part.length() <= code.length(); k += 3) {
            if (code.regionMatches(k, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A phrase's code and the dictionary actor behind it.
     *
     * @param headed the phrase ends in the actor or an agent ("Duterte", "Russian troops"), rather
     *               than in a thing the actor qualifies ("US military aid")
     */
    public record Coded(String code, org.dyad.core.dictionary.Actor actor, boolean headed) {
    }
}
