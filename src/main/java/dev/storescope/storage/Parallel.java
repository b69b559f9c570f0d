package dev.storescope.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent file tasks (loads, writes) on up to as many threads as there are cores; the first failure is rethrown. */
final class Parallel {
    interface Task<T> {
        void run(T item) throws IOException;
    }

    private Parallel() {
    }

    static <T> void forEach(List<T> items, Task<T> write) throws IOException {
        int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (T t : items) write.run(t);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "storescope-io");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T t : items) {
                futures.add(pool.submit(() -> {
                    try {
                        write.run(t);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof UncheckedIOException u) throw u.getCause();
                    if (c instanceof RuntimeException r) throw r;
                    throw new IOException(c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
