package dev.storescope.app;

import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opens a persist dir off the FX thread: progress is the share of bytes loaded, the message names
 * the last file loaded. Cancelling returns the UI at once (the loader's result is dropped).
 */
final class LoadTask extends Task<StorageContext> {
    private volatile String counts = "";
    private final Path dir;
    private final DirLoader loader;

    LoadTask(Path dir, DirLoader loader) {
        this.dir = dir;
        this.loader = loader;
        updateTitle("Opening " + dir);
    }

    /** The status bar's counts, made off the FX thread. */
    String counts() {
        return counts;
    }

    @Override
    protected StorageContext call() throws Exception {
        long total = 0;
        for (PersistFile f : PersistDirScanner.scan(dir)) total += f.size();
        long all = Math.max(1, total);
        AtomicLong done = new AtomicLong();
        updateProgress(-1, all); // indeterminate until the first (biggest) file is in
        updateMessage("loading " + StatusText.size(total) + " …");
        StorageContext ctx = loader.load(dir, f -> {
            updateProgress(done.addAndGet(f.size()), all);
            updateMessage("loaded " + f.name());
        });
        if (isCancelled()) return null;
        updateMessage("counting");
        counts = StatusText.counts(ctx);
        return ctx;
    }
}
