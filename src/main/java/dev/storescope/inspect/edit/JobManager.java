package dev.storescope.inspect.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The undo/redo stack (Scene Builder's JobManager): {@link #push} executes a job and records it;
 * {@link #undo}/{@link #redo} move along the stack. {@link #isDirty()} compares the current position
 * with the position last {@link #markSaved() saved}, so undoing back to the saved state is clean
 * again. Listeners run after every change (on the calling thread).
 */
public final class JobManager {
    private final List<Job> jobs = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private int position;          // jobs[0, position) are done
    private int savedPosition;     // -1 when the saved state can no longer be reached
    private long revision;

    /** Executes the job and records it (dropping what could have been redone). A failing job is not recorded. */
    public void push(Job job) {
        job.execute();
        while (jobs.size() > position) jobs.remove(jobs.size() - 1);
        if (savedPosition > position) savedPosition = -1;
        jobs.add(job);
        position++;
        changed();
    }

    public boolean canUndo() {
        return position > 0;
    }

    public boolean canRedo() {
        return position < jobs.size();
    }

    public void undo() {
        if (!canUndo()) throw new IllegalStateException("nothing to undo");
        jobs.get(position - 1).undo();
        position--;
        changed();
    }

    public void redo() {
        if (!canRedo()) throw new IllegalStateException("nothing to redo");
        jobs.get(position).redo();
        position++;
        changed();
    }

    /** The description of the job {@link #undo} would undo, or null. */
    public String undoDescription() {
        return canUndo() ? jobs.get(position - 1).description() : null;
    }

    public String redoDescription() {
        return canRedo() ? jobs.get(position).description() : null;
    }

    /** Counts every push, undo, redo, save and clear. */
    public long revision() {
        return revision;
    }

    /** True when the stores differ from what was last saved (or loaded). */
    public boolean isDirty() {
        return position != savedPosition;
    }

    /** Call after persisting: the current position is the saved state. */
    public void markSaved() {
        savedPosition = position;
        changed();
    }

    /** Forgets every job (e.g. after opening another dir or reloading); the current state counts as saved. */
    public void clear() {
        jobs.clear();
        position = 0;
        savedPosition = 0;
        changed();
    }

    /** Number of jobs that can be undone. */
    public int undoCount() {
        return position;
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    public void removeListener(Runnable l) {
        listeners.remove(l);
    }

    private void changed() {
        revision++;
        for (Runnable l : listeners) l.run();
    }
}
