package org.dyad.core.dictionary;

/**
 * An agent: a role noun such as MINISTER or REBELS and the code it adds to an actor. CAMEO writes
 * "~GOV" for a code that follows the actor's (USA + GOV = USAGOV) and "NGO~" for one that precedes it.
 */
public record Agent(String name, String code, boolean suffix, String source) {

    public static Agent fromDictionaryCode(String name, String raw, String source) {
        String c = raw.strip();
        if (c.startsWith("~")) {
            return new Agent(name, c.substring(1).strip(), true, source);
        }
        if (c.endsWith("~")) {
            return new Agent(name, c.substring(0, c.length() - 1).strip(), false, source);
        }
        return new Agent(name, c, true, source);
    }
}
