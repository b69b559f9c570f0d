package dev.storescope.inspect.repair;

import dev.storescope.inspect.edit.Job;
import dev.storescope.storage.Restorable;
import dev.storescope.storage.StorageContext;

import java.util.List;
import java.util.Map;

/**
 * Repairs as one undoable job (for the GUI's job history): execute applies them in order, undo
 * puts every store back (and renames files back), redo restores the repaired state. Nothing is
 * written until the context is persisted.
 */
public final class RepairJob implements Job {
    private final StorageContext ctx;
    private final List<Repair> repairs;
    private final String description;
    private Map<Restorable, Object> before;
    private Map<Restorable, Object> after;
    private List<RepairSession.Result> results;

    public RepairJob(StorageContext ctx, List<Repair> repairs) {
        this.ctx = ctx;
        this.repairs = List.copyOf(repairs);
        this.description = repairs.size() == 1 ? repairs.get(0).id() : repairs.size() + " repairs";
    }

    @Override
    public String description() {
        return "repair " + description;
    }

    /** What the repairs changed (after {@link #execute}). */
    public List<RepairSession.Result> results() {
        return results == null ? List.of() : results;
    }

    @Override
    public void execute() {
        if (before != null) throw new IllegalStateException("job already executed: " + description);
        Map<Restorable, Object> saved = RepairSession.save(ctx);
        try {
            results = RepairSession.apply(ctx, repairs);
        } catch (RuntimeException e) {
            for (Repair r : repairs) if (r.renamesFiles() && ctx.file(RenameLegacyVectorStore.TO).isPresent()) r.revert(ctx);
            restore(saved);
            throw e;
        }
        before = saved;
        after = RepairSession.save(ctx);
    }

    @Override
    public void undo() {
        if (before == null) throw new IllegalStateException("job not executed: " + description);
        for (int i = repairs.size() - 1; i >= 0; i--) repairs.get(i).revert(ctx);
        restore(before);
    }

    @Override
    public void redo() {
        if (after == null) throw new IllegalStateException("job not executed: " + description);
        for (Repair r : repairs) if (r.renamesFiles()) r.apply(ctx);
        restore(after);
    }

    private static void restore(Map<Restorable, Object> states) {
        for (Map.Entry<Restorable, Object> e : states.entrySet()) e.getKey().restoreState(e.getValue());
    }
}
