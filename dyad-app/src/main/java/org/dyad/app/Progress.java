package org.dyad.app;

import java.io.PrintStream;

/**
 * A one-line progress report on standard error for long runs: articles, sentences and events so
 * far, the rate, and an estimate of the time left when the amount of input is known. Shown on a
 * terminal, or always with --progress; never mixed into the events on standard output.
 */
final class Progress {

    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastPrint;
    private long total = -1;
    private boolean printed;

    Progress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    void expect(long articles) {
        total = articles;
    }

    void update(long articles, long sentences, long events) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint < 500_000_000L) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        double rate = articles / Math.max(seconds, 1e-9);
        String eta = "";
        if (total > 0 && rate > 0 && articles < total) {
            long left = (long) ((total - articles) / rate);
            eta = String.format("  ETA %d:%02d", left / 60, left % 60);
        }
        err.printf("\r%,d%s articles  %,d sentences  %,d events  %.1f articles/s  %.1f sentences/s%s   ",
                articles, total > 0 ? "/" + String.format("%,d", total) : "", sentences, events, rate,
                sentences / Math.max(seconds, 1e-9), eta);
        printed = true;
    }

    void done() {
        if (printed) {
            err.println();
        }
    }
}
