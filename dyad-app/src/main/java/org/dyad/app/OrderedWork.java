package org.dyad.app;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a pool and hands their results on in submission order, with a bounded number in
 * flight: input is read no faster than it is coded, so memory does not grow with the input, and
 * output comes out in input order whatever the number of threads.
 */
final class OrderedWork<T> implements AutoCloseable {

    private final ExecutorService pool;
    private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();
    private final int maxInFlight;
    private final Consumer<T> sink;

    OrderedWork(int threads, int maxInFlight, Consumer<T> sink) {
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "dyad-worker");
            t.setDaemon(true);
            return t;
        });
        this.maxInFlight = Math.max(1, maxInFlight);
        this.sink = sink;
    }

    void submit(Callable<T> task) {
        pending.add(pool.submit(task));
        while (pending.size() > maxInFlight) {
            sink.accept(get(pending.poll()));
        }
    }

    /** Waits for every task and hands on the remaining results. */
    void finish() {
        while (!pending.isEmpty()) {
            sink.accept(get(pending.poll()));
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
