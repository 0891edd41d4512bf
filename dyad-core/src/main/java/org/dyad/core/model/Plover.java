package org.dyad.core.model;

/** The PLOVER category of an event: event type, mode and context. */
public record Plover(String event, String mode, String context) {
}
