package org.dyad.core.model;

/**
 * Why an event was coded: the verb, the dictionary entry that matched and where it is written.
 */
public record Evidence(String verb, String pattern, String source) {
}
