package org.dyad.core.tree;

/** A Penn Treebank string that cannot be read as a tree: unbalanced brackets, stray text, nothing at all. */
public final class MalformedTreeException extends RuntimeException {
    public MalformedTreeException(String message) {
        super(message);
    }
}
