package org.dyad.core.coder;

/**
 * An element of the word sequence before or after a verb: a word, or the start or end of an actor
 * slot (NE) or compound (NEC). {@code index} is the position of the element in the linear parse.
 */
record SeqItem(Kind kind, String text, int index, String code) {

    enum Kind { WORD, NE_OPEN, NE_CLOSE, NEC_OPEN, NEC_CLOSE }

    boolean isBoundary() {
        return kind != Kind.WORD;
    }

    boolean isCodedSlot() {
        return kind == Kind.NE_OPEN && !code.startsWith(LinearParse.UNCODED);
    }

    boolean isUncodedSlot() {
        return kind == Kind.NE_OPEN && code.startsWith(LinearParse.UNCODED);
    }
}
