package dev.storescope.inspect.edit;

import dev.storescope.storage.Restorable;
import dev.storescope.storage.StorageContext;

import java.util.List;
import java.util.Map;

/**
 * The base of every edit and delete: saves the state of the stores of the files it touches,
 * runs its store calls, keeps the state after them; undo and redo put one or the other back. A
 * failing action is rolled back before its exception propagates.
 */
public final class SnapshotJob implements Job {
    private final String description;
    private final StorageContext ctx;
    private final List<String> files;
    private final Runnable action;
    private Map<Restorable, Object> before;
    private Map<Restorable, Object> after;

    /**
     * @param files  the files whose stores the action changes (others are not saved)
     * @param action the store calls
     */
    public SnapshotJob(String description, StorageContext ctx, List<String> files, Runnable action) {
        this.description = description;
        this.ctx = ctx;
        this.files = List.copyOf(files);
        this.action = action;
    }

    @Override
    public String description() {
        return description;
    }

    /** The files this job changes. */
    public List<String> files() {
        return files;
    }

    @Override
    public void execute() {
        if (before != null) throw new IllegalStateException("job already executed: " + description);
        Map<Restorable, Object> saved = StoreStates.save(ctx, files);
        try {
            action.run();
        } catch (RuntimeException e) {
            StoreStates.restore(saved);
            throw e;
        }
        before = saved;
        after = StoreStates.save(ctx, files);
    }

    @Override
    public void undo() {
        if (before == null) throw new IllegalStateException("job not executed: " + description);
        StoreStates.restore(before);
    }

    @Override
    public void redo() {
        if (after == null) throw new IllegalStateException("job not executed: " + description);
        StoreStates.restore(after);
    }

    @Override
    public String toString() {
        return description;
    }
}
