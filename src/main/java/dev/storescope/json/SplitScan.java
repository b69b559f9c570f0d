package dev.storescope.json;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The members of one big object (an {@code embedding_dict} of 100,000 vectors) scanned by two threads:
 * the second half starts speculatively at a likely member start near the middle ({@code , "key":}),
 * while the first half scans from the beginning up to it. The guess is confirmed only when the
 * first half arrives exactly there at a member boundary of this object, so the result, and the first
 * error, are those of a sequential scan; a wrong guess (inside a nested value) costs little and the
 * first half simply goes on alone.
 */
final class SplitScan {
    /** Objects smaller than this are scanned on one thread. */
    static final int MIN_BYTES = 64 << 20;
    private static final int SEARCH = 1 << 20;
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "storescope-scan");
        t.setDaemon(true);
        return t;
    });

    private SplitScan() {
    }

    static JsonScanner.ObjectScan scan(JsonScanner sc, int start, String path) {
        int first = sc.skipWs(start + 1);
        if (first >= sc.limit() || sc.byteAt(first) == '}' || Runtime.getRuntime().availableProcessors() < 2) return sc.scanObject(start, path);
        int guess = candidate(sc, first + (sc.limit() - first) / 2);
        if (guess < 0) return sc.scanObject(start, path);
        AtomicBoolean cancel = new AtomicBoolean();
        JsonScanner other = sc.forAnotherThread(); // a scanner has scratch space of its own
        Future<JsonScanner.Run> second = WORKER.submit(() -> other.run(guess, path, Integer.MAX_VALUE, cancel::get));
        JsonScanner.Run a;
        try {
            a = sc.run(first, path, guess, JsonScanner.NEVER);
        } catch (RuntimeException e) {
            cancel.set(true);
            throw e;
        }
        List<JsonScanner.Member> members = new ArrayList<>(a.members());
        if (a.end() < 0 && a.stoppedAt() == guess) {
            JsonScanner.Run b = join(second);
            members.addAll(b.members());
            return new JsonScanner.ObjectScan(members, b.end());
        }
        cancel.set(true);
        if (a.end() >= 0) return new JsonScanner.ObjectScan(members, a.end());
        JsonScanner.Run rest = sc.run(a.stoppedAt(), path, Integer.MAX_VALUE, JsonScanner.NEVER);
        members.addAll(rest.members());
        return new JsonScanner.ObjectScan(members, rest.end());
    }

    /** A quote after {@code ,} and whitespace, starting a string that a {@code :} follows; -1 when none is near. */
    private static int candidate(JsonScanner sc, int from) {
        int stop = Math.min(sc.limit() - 1, from + SEARCH);
        for (int i = from; i < stop; i++) {
            if (sc.byteAt(i) != ',') continue;
            int q = sc.skipWs(i + 1);
            if (q >= sc.limit() || sc.byteAt(q) != '"') continue;
            int end = sc.stringEndOrMinusOne(q);
            if (end < 0) continue;
            int colon = sc.skipWs(end);
            if (colon < sc.limit() && sc.byteAt(colon) == ':') return q;
        }
        return -1;
    }

    private static JsonScanner.Run join(Future<JsonScanner.Run> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning", e);
        }
    }
}
