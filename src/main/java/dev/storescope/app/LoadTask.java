package dev.storescope.app;

import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;
import javafx.application.Platform;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opens a persist dir off the FX thread: progress is the share of bytes loaded, the message names
 * the last file loaded. Cancelling returns the UI at once (the loader's result is dropped). While
 * the big vector stores are still read, the rest of the dir is handed over as a partial context.
 */
final class LoadTask extends Task<StorageContext> {
    private volatile String counts = "";
    private final Path dir;
    private final DirLoader loader;
    /** The partial context and its counts, on the FX thread, while the big files are still read. */
    private final java.util.function.BiConsumer<StorageContext, String> onPartial;

    LoadTask(Path dir, DirLoader loader, java.util.function.BiConsumer<StorageContext, String> onPartial) {
        this.dir = dir;
        this.loader = loader;
        this.onPartial = onPartial;
        updateTitle("Opening " + dir);
    }

    /** The status bar's counts, made off the FX thread. */
    String counts() {
        return counts;
    }

    @Override
    protected StorageContext call() throws Exception {
        long total = 0;
        for (PersistFile f : PersistDirScanner.scan(dir)) if (!DirLoader.later(f)) total += f.size(); // what is read before the tree shows
        long all = Math.max(1, total);
        AtomicLong done = new AtomicLong();
        updateProgress(-1, all); // indeterminate until the first (biggest) file is in
        updateMessage("loading " + StatusText.size(total) + " …");
        StorageContext ctx = loader.load(dir, f -> {
            if (!DirLoader.later(f)) updateProgress(done.addAndGet(f.size()), all);
            updateMessage("loaded " + f.name());
        }, p -> {
            String c = StatusText.counts(p);
            Platform.runLater(() -> { // before the task's own success (both queued in order)
                if (!isCancelled()) onPartial.accept(p, c);
            });
        });
        if (isCancelled()) return null;
        updateMessage("counting");
        counts = StatusText.counts(ctx);
        return ctx;
    }
}
