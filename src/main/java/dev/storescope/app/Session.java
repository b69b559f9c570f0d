package dev.storescope.app;

import dev.storescope.inspect.DecodedStructs;
import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.edit.Deletes;
import dev.storescope.inspect.edit.Job;
import dev.storescope.inspect.edit.JobManager;
import dev.storescope.inspect.edit.ValueEditor;
import dev.storescope.inspect.tree.StoreNode;
import dev.storescope.storage.PersistReport;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.StoreFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The presentation model of the window: the open dir and its storage context, the job history
 * (undo/redo, revision, dirty state), read-only mode. Views read it and call its commands; it tells
 * them when anything changed. Every change of the stores goes through a {@link Job} pushed here.
 * FX thread only.
 */
public final class Session {
    private final List<Runnable> listeners = new ArrayList<>();
    private StorageContext ctx;
    private JobManager jobs = new JobManager();
    private ValueEditor editor;
    private Deletes deletes;
    private Path dir;
    private long loadMillis;
    private String summary = "";
    private boolean readOnly;
    /** The refs of the done jobs, in order (mirrors the job stack up to its position). */
    private final List<ValueRef> doneRefs = new ArrayList<>();
    private final List<ValueRef> undoneRefs = new ArrayList<>();
    private int savedAt;
    private Set<Path> announced = new HashSet<>();

    private java.util.Map<ValueRef, String> problems = java.util.Map.of();

    /** The integrity checker's findings by the tree item they are about (set by the Problems panel); the tree marks them. */
    public void setProblems(java.util.Map<ValueRef, String> byRef) {
        problems = java.util.Map.copyOf(byRef);
        fire();
    }

    /** The problem text for a tree item, or null. */
    public String problemAt(StoreNode n) {
        return n.ref().map(problems::get).orElse(null);
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    void fire() {
        for (Runnable r : List.copyOf(listeners)) r.run();
    }

    /** A freshly loaded dir replaces the open one (its history and marks go). */
    void open(Path dir, StorageContext ctx, String counts, long loadMillis) {
        if (this.ctx != null && this.ctx != ctx) DecodedStructs.clear();
        this.dir = dir;
        this.ctx = ctx;
        this.jobs = new JobManager();
        this.editor = new ValueEditor(ctx);
        this.deletes = new Deletes(ctx);
        this.loadMillis = loadMillis;
        this.summary = ctx.isComplete() ? StatusText.of(counts, loadMillis) : StatusText.partial(counts, loadMillis, ctx);
        this.announced = new HashSet<>();
        doneRefs.clear();
        undoneRefs.clear();
        savedAt = 0;
        fire();
    }

    /**
     * The complete context of the open dir takes the place of the partial one it was made from
     * ({@link StorageContext#completes}): the history (empty: a partial dir is not edited)
     * and the marks stay; views keep what they show.
     */
    void complete(StorageContext full, String counts, long loadMillis) {
        if (ctx == null || !full.completes(ctx)) throw new IllegalStateException("not the open dir's completion");
        this.ctx = full;
        this.editor = new ValueEditor(full);
        this.deletes = new Deletes(full);
        this.summary = StatusText.completed(counts, loadMillis, this.loadMillis);
        this.loadMillis = loadMillis;
        fire();
    }

    /** True while files of the open dir are still loading (the tree shows the rest; nothing can be changed yet). */
    public boolean isLoading() {
        return ctx != null && !ctx.isComplete();
    }

    public Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    public Optional<StorageContext> context() {
        return Optional.ofNullable(ctx);
    }

    /** Reads and applies editor text (present while a dir is open). */
    public Optional<ValueEditor> valueEditor() {
        return Optional.ofNullable(editor);
    }

    public Optional<Deletes> deletes() {
        return Optional.ofNullable(deletes);
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

    /** True when the stores may be changed now: not read-only, nothing still loading. */
    public boolean canChange() {
        return !readOnly && !isLoading();
    }

    public void setReadOnly(boolean on) {
        if (on == readOnly) return;
        readOnly = on;
        fire();
    }

    /** Executes {@code job} (the edit or delete of {@code ref}) and records it for undo; throws (changing nothing) when it fails. */
    public void push(Job job, ValueRef ref) {
        if (readOnly) throw new IllegalStateException("read-only mode is on");
        if (isLoading()) throw new IllegalStateException("the dir is still loading");
        jobs.push(job);
        doneRefs.add(ref);
        undoneRefs.clear();
        fire();
    }

    public boolean canUndo() {
        return ctx != null && canChange() && jobs.canUndo();
    }

    public boolean canRedo() {
        return ctx != null && canChange() && jobs.canRedo();
    }

    public String undoDescription() {
        return jobs.canUndo() ? jobs.undoDescription() : "";
    }

    public String redoDescription() {
        return jobs.canRedo() ? jobs.redoDescription() : "";
    }

    public void undo() {
        if (!canUndo()) return;
        jobs.undo();
        undoneRefs.add(doneRefs.remove(doneRefs.size() - 1));
        fire();
    }

    public void redo() {
        if (!canRedo()) return;
        jobs.redo();
        doneRefs.add(undoneRefs.remove(undoneRefs.size() - 1));
        fire();
    }

    /** Counts the changes of the stores (edits, deletes, undo, redo, saves); views rebuild when it moves. */
    public long revision() {
        return jobs.revision();
    }

    /** Number of jobs that can be undone. */
    public int undoCount() {
        return jobs.undoCount();
    }

    /**
     * True for a tree item whose value changed since the last save: a changed file, and the items
     * edited through this session.
     */
    public boolean isUnsaved(StoreNode n) {
        if (ctx == null || !isDirty()) return false;
        Optional<ValueRef> ref = n.ref();
        if (ref.isEmpty()) return false;
        if (ref.get() instanceof ValueRef.File f) return ctx.file(f.file()).map(StoreFile::isModified).orElse(false);
        return doneRefs.subList(Math.min(savedAt, doneRefs.size()), doneRefs.size()).contains(ref.get());
    }

    /** True when the stores hold changes not yet persisted. */
    public boolean isDirty() {
        return ctx != null && jobs.isDirty();
    }

    /** Persists the changed files (atomically, with a backup); refuses files another program changed. */
    public PersistReport persist() throws IOException {
        if (ctx == null) throw new IllegalStateException("no dir open");
        PersistReport r = ctx.persist();
        jobs.markSaved();
        savedAt = doneRefs.size();
        summary = StatusText.of(StatusText.counts(ctx), loadMillis);
        fire();
        return r;
    }

    /** Forgets the open dir and its unsaved changes (the caller reloads the dir next). */
    void discard() {
        ctx = null;
        DecodedStructs.clear();
        editor = null;
        deletes = null;
        jobs = new JobManager();
        fire();
    }

    /** True when exactly these changed files were announced before (ask once per change). */
    boolean externalChangeAnnounced(List<Path> changed) {
        return !announced.addAll(changed);
    }
}
