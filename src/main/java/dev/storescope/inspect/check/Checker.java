package dev.storescope.inspect.check;

import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
        Findings out = new Findings();
        CheckContext cx = new CheckContext(ctx, out);
        List<PersistFile> files = ctx.files();
        CompletableFuture<Void> encodings = CompletableFuture.runAsync(() -> files.parallelStream().forEach(f -> FileChecks.encoding(cx, f)));
        CompletableFuture<Void> nodes = CompletableFuture.runAsync(cx::nodeFacts);
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
