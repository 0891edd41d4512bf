package org.dyad.core.dictionary;

import java.time.LocalDate;
import java.util.List;

/**
 * One actor entry: its primary phrase and the codes it carries, in dictionary order. Restricted
 * codes are tried first, in order; the entry's unrestricted code applies when none holds.
 *
 * @param source where the entry was read, as file:line
 */
public record Actor(String name, List<DatedCode> codes, String source) {

    public Actor {
        codes = List.copyOf(codes);
    }

    /** The code that applies on {@code date}, or "---" when the entry codes nothing then. */
    public String codeOn(LocalDate date) {
        if (date != null) {
            for (DatedCode c : codes) {
                if (c.restricted() && c.holdsOn(date)) {
                    return c.code();
                }
            }
        }
        String fallback = null;
        for (DatedCode c : codes) {
            if (!c.restricted()) {
                fallback = c.code();
            }
        }
        return fallback == null ? "---" : fallback;
    }
}
