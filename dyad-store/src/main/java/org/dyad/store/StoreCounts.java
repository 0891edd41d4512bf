package org.dyad.store;

/** How many articles, events and text spans a store holds. */
public record StoreCounts(long articles, long events, long mentions) {
}
