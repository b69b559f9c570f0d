package dev.storescope.inspect.check;

import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs every check over a persist dir opened by {@link StorageContext} (which opens tolerantly:
 * files that do not load are findings, not failures). The docstore pass, the vector byte scans
 * and the UTF-8 scans of the files run in parallel; each reads only what its checks need.
 */
public final class Checker {
    private Checker() {
    }

    /**
     * Checks the persist dir {@code dir}: first the fast path of {@link FastCheck} (one pass over
     * each file's bytes, for a healthy dir), else the full checker over the opened dir. Both give
     * the same report.
     */
    public static CheckReport run(Path dir) throws IOException {
        CheckReport fast = FastCheck.tryRun(dir);
        return fast != null ? fast : run(StorageContext.fromPersistDir(dir));
    }

    /** The report of {@link FastCheck} for a healthy dir it models, else null (then open the dir and {@link #run(StorageContext)}). */
    public static CheckReport fastPath(Path dir) {
        return FastCheck.tryRun(dir);
    }

    public static CheckReport run(StorageContext ctx) {
        return run(ctx, ForkJoinPool.commonPool());
    }

    /**
     * As {@link #run(StorageContext)}, on at most {@code threads} threads: the window checks in the
     * background on one core less than the machine has, so that its FX thread is never without
     * one. Fewer threads than the common pool gives: a pool of its own, every parallel part in it.
     */
    public static CheckReport run(StorageContext ctx, int threads) {
        CheckReport fast = asOnDisk(ctx, threads);
        return fast != null ? fast : full(ctx, threads);
    }

    private static CheckReport full(StorageContext ctx, int threads) {
        if (threads > ForkJoinPool.getCommonPoolParallelism()) return run(ctx);
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            // in a worker of the pool, parallel streams fork into it; the async parts run in line
            // (a worker joining a future of its own pool would add a compensating thread)
            return pool.submit(() -> run(ctx, (Executor) Runnable::run)).join();
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The window's check, in the background: for a context that holds just what its files hold,
     * the fast path in a child JVM ({@link IsolatedCheck}; the window's JVM keeps its heap and its
     * cores), else, or when the child cannot decide, the full checker as {@link #run(StorageContext, int)}.
     * Same report either way. Interrupted (the window wants another check): the child is killed.
     */
    public static CheckReport runInBackground(StorageContext ctx, int threads) throws InterruptedException {
        return runInBackground(ctx, threads, ISOLATE_FROM_BYTES);
    }

    /** As {@link #runInBackground(StorageContext, int)}, with a child JVM for dirs of at least {@code isolateFromBytes}. */
    static CheckReport runInBackground(StorageContext ctx, int threads, long isolateFromBytes) throws InterruptedException {
        if (bytes(ctx) >= isolateFromBytes && asLoaded(ctx)) {
            java.util.Optional<Boolean> healthy = IsolatedCheck.healthy(ctx.persistDir());
            if (healthy.isEmpty()) return run(ctx, threads);
            if (healthy.get() && asLoaded(ctx)) return new CheckReport(List.of());
        }
        return full(ctx, threads);
    }

    /** A smaller dir is checked in process: a child JVM's start would cost more than the reading it spares the window. */
    static final long ISOLATE_FROM_BYTES = 64L << 20;

    private static long bytes(StorageContext ctx) {
        long sum = 0;
        for (PersistFile f : ctx.files()) sum += f.size();
        return sum;
    }

    /** Nothing changed or renamed in memory, nothing failed to load, no file changed on disk since. */
    private static boolean asLoaded(StorageContext ctx) {
        try {
            return !ctx.isModified() && ctx.problems().isEmpty() && ctx.changedOnDisk().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The fast path's report over the context's dir while the context holds just what the dir's
     * files hold (nothing changed or renamed in memory, no file changed on disk before or while it
     * reads): a few seconds of one core instead of the full checker's ten for a healthy 1 GB dir.
     * Null when it does not apply or does not decide.
     */
    static CheckReport asOnDisk(StorageContext ctx, int threads) {
        if (!asLoaded(ctx)) return null;
        CheckReport fast = FastCheck.tryRun(ctx.persistDir(), threads);
        return fast != null && asLoaded(ctx) ? fast : null;
    }

    private static CheckReport run(StorageContext ctx, Executor async) {
        Findings out = new Findings();
        CheckContext cx = new CheckContext(ctx, out);
        List<PersistFile> files = ctx.files();
        CompletableFuture<Void> encodings = CompletableFuture.runAsync(() -> files.parallelStream().forEach(f -> FileChecks.encoding(cx, f)), async);
        CompletableFuture<Void> nodes = CompletableFuture.runAsync(cx::nodeFacts, async);
        FileChecks.run(cx);
        IndexFacts index = IndexChecks.run(cx);
        LayoutChecks.run(cx, index);
        VectorChecks.runEmbeddings(cx);
        nodes.join();
        DocstoreChecks.run(cx);
        RefDocIndexCheck.run(cx, index);
        IndexNodeCheck.run(cx);
        VectorChecks.runCross(cx, index);
        GraphChatChecks.run(cx);
        GraphLinkChecks.run(cx, index);
        TsChecks.run(cx);
        encodings.join();
        return new CheckReport(out.sorted());
    }
}
