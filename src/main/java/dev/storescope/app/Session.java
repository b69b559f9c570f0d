package dev.storescope.app;

import dev.storescope.storage.PersistReport;
import dev.storescope.storage.StorageContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The presentation model of the window: the open dir and its storage context, the job history
 * (undo/redo), read-only mode and the dirty state. Views read it and call its commands; it tells
 * them when anything changed. FX thread only.
 */
public final class Session {
    private final List<Runnable> listeners = new ArrayList<>();
    private StorageContext ctx;
    private Path dir;
    private long loadMillis;
    private String summary = "";
    private boolean readOnly;
    private Set<Path> announced = new HashSet<>();

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    void fire() {
        for (Runnable r : List.copyOf(listeners)) r.run();
    }

    /** A freshly loaded dir replaces the open one (its history and marks go). */
    void open(Path dir, StorageContext ctx, String counts, long loadMillis) {
        this.dir = dir;
        this.ctx = ctx;
        this.loadMillis = loadMillis;
        this.summary = StatusText.of(counts, loadMillis);
        this.announced = new HashSet<>();
        fire();
    }

    public Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    public Optional<StorageContext> context() {
        return Optional.ofNullable(ctx);
    }

    public long loadMillis() {
        return loadMillis;
    }

    public String summary() {
        return summary;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean on) {
        if (on == readOnly) return;
        readOnly = on;
        fire();
    }

    /** True when the context holds changes not yet persisted. */
    public boolean isDirty() {
        return ctx != null && ctx.isModified();
    }

    /** Persists the changed files (atomically, with a backup); refuses files another program changed. */
    public PersistReport persist() throws IOException {
        if (ctx == null) throw new IllegalStateException("no dir open");
        PersistReport r = ctx.persist();
        summary = StatusText.of(StatusText.counts(ctx), loadMillis);
        fire();
        return r;
    }

    /** Forgets the unsaved changes (the caller reloads the dir next). */
    void discard() {
        ctx = null;
        fire();
    }

    /** True when exactly these changed files were announced before (ask once per change). */
    boolean externalChangeAnnounced(List<Path> changed) {
        return !announced.addAll(changed);
    }

    public boolean canUndo() {
        return false;
    }

    public boolean canRedo() {
        return false;
    }

    public String undoDescription() {
        return "";
    }

    public String redoDescription() {
        return "";
    }

    public void undo() {
    }

    public void redo() {
    }
}
