package dev.headroom.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a list on several threads and returns the results in the list's order. */
final class InOrder {

    private InOrder() {
    }

    /**
     * {@code work} applied to every item, on up to {@code threads} threads; with one thread (or one item) on the
     * calling thread. {@code work} must not throw for an item it can handle: an exception it throws ends the
     * whole map, as it would in a plain loop.
     */
    static <T, R> List<R> map(List<T> items, Function<T, R> work, int threads) {
        int n = Math.min(threads, items.size());
        List<R> results = new ArrayList<>(items.size());
        if (n <= 1) {
            for (T item : items) results.add(work.apply(item));
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "headroom-scan");
            t.setDaemon(true); // never keeps the JVM alive after the report is written
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) futures.add(pool.submit(() -> work.apply(item)));
            for (Future<R> f : futures) results.add(await(f));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the scan finishes what it started; the flag is restored below
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
