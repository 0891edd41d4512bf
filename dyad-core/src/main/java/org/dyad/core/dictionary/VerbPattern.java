package org.dyad.core.dictionary;

import java.util.List;

/**
 * A verb pattern: what must precede the verb ({@code upper}, nearest word first) and follow it
 * ({@code lower}), and the event code it yields. Codes "a:b" code a paired event (a for the
 * actor's act, b for the other side's), "---" explicitly codes nothing.
 *
 * @param source file:line of the dictionary entry, for "why this event?"
 * @param text   the entry as written
 */
public record VerbPattern(List<PatternToken> upper, List<PatternToken> lower, String code, String source, String text) {

    public VerbPattern {
        upper = List.copyOf(upper);
        lower = List.copyOf(lower);
    }
}
