package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.tree.StoreNode;
import dev.storescope.storage.PersistReport;
import dev.storescope.storage.StoreFile;
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
    private long revision;
    private final Set<ValueRef> touched = new HashSet<>();
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

    /** Counts the changes of the stores (edits, deletes, undo, redo, saves); views rebuild when it moves. */
    public long revision() {
        return revision;
    }

    /**
     * True for a tree item whose value changed since the last save: a changed file, and the items
     * edited or deleted through this session.
     */
    public boolean isUnsaved(StoreNode n) {
        if (ctx == null) return false;
        Optional<ValueRef> ref = n.ref();
        if (ref.isEmpty()) return false;
        if (ref.get() instanceof ValueRef.File f) return ctx.file(f.file()).map(StoreFile::isModified).orElse(false);
        return touched.contains(ref.get());
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
