package org.dyad.core.dictionary;

/**
 * A PETRARCH2 transformation of nested events, e.g. {@code ~ a (a b ATTACK) SAY = a b 015}: when
 * {@code a} says that it attacks {@code b}, code a threat from a to b instead of a statement.
 *
 * @param outerVerb  the verb class of the embedding event (SAY, CLAIM, WANT, ...)
 * @param innerSource {@code a} (same as the outer source), {@code _} (anyone) or another variable
 * @param innerVerb  the verb class or event code of the embedded event; Q means any
 * @param resultCode the code of the event that replaces both; Q keeps the embedded code
 */
public record Transformation(String outerSource, String innerSource, String innerTarget, String innerVerb,
                             String outerVerb, String resultSource, String resultTarget, String resultCode,
                             String source) {
}
