package org.dyad.core.petrarch;

/** A coding a validation record expects: source, target and event code. */
public record ExpectedEvent(String source, String target, String code) {
    @Override
    public String toString() {
        return source + " " + target + " " + code;
    }
}
