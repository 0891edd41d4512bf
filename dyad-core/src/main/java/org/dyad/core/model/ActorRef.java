package org.dyad.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An actor as an event names it: the CAMEO code, split into its country or organisation root
 * (the first three letters) and its agent codes (the following three-letter blocks), and the
 * words of the text it was found in. "---GOV" is a government of unknown country.
 */
public record ActorRef(String code, String country, List<String> agents, String text) {

    public ActorRef {
        agents = List.copyOf(agents);
    }

    public static ActorRef of(String code, String text) {
        if (code.startsWith("\"")) { // a phrase the dictionaries do not know, kept for review
            return new ActorRef(code, null, List.of(), text);
        }
        String country = code.length() >= 3 && !code.startsWith("---") ? code.substring(0, 3) : null;
        List<String> agents = new ArrayList<>();
        for (int k = 3; k + 3 <= code.length(); k += 3) {
            agents.add(code.substring(k, k + 3));
        }
        return new ActorRef(code, country, agents, text);
    }
}
