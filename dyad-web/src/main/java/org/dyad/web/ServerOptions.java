package org.dyad.web;

/**
 * How to serve a store.
 *
 * @param host        the address to answer on (127.0.0.1: this machine only)
 * @param port        0 for any free port
 * @param keepAnswers keep answers to identical questions when the store is read-only
 * @param note        a line the dashboard shows above everything (what the data is), or null
 */
public record ServerOptions(String host, int port, boolean keepAnswers, String note) {

    public static ServerOptions local(int port) {
        return new ServerOptions("127.0.0.1", port, true, null);
    }
}
