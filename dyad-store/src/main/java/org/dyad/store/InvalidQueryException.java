package org.dyad.store;

/** A query parameter that is not valid: the message names the parameter and what it expects. */
public final class InvalidQueryException extends IllegalArgumentException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
