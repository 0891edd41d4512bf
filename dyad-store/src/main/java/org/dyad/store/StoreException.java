package org.dyad.store;

/** The database refused or failed an operation; the message names the store. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
