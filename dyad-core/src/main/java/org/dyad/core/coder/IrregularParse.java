package org.dyad.core.coder;

/** Raised inside the coder when a parse cannot be coded; caught per sentence, never fatal to a batch. */
final class IrregularParse extends RuntimeException {
    final String kind;

    IrregularParse(String kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }
}
