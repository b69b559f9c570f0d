package dev.storescope.inspect.repair;

import dev.storescope.storage.PersistFile;
import dev.storescope.storage.Restorable;
import dev.storescope.storage.StorageContext;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs repairs over a context: {@link #preview} applies them, records what each changed and puts
 * every store back; {@link #apply} applies them for good (persist afterwards to write).
 */
public final class RepairSession {
    /** The changes of one repair. */
    public record Result(Repair repair, List<Change> changes) {
    }

    private RepairSession() {
    }

    /** What {@code repairs}, applied in order, change; the context is left exactly as it was. */
    public static List<Result> preview(StorageContext ctx, List<Repair> repairs) {
        Map<Restorable, Object> saved = save(ctx);
        List<Repair> done = new ArrayList<>();
        try {
            return run(ctx, repairs, done);
        } finally {
            for (int i = done.size() - 1; i >= 0; i--) done.get(i).revert(ctx);
            for (Map.Entry<Restorable, Object> e : saved.entrySet()) e.getKey().restoreState(e.getValue());
        }
    }

    public static List<Result> preview(StorageContext ctx, Repair repair) {
        return preview(ctx, List.of(repair));
    }

    /** Applies {@code repairs} in order and returns what each changed. */
    public static List<Result> apply(StorageContext ctx, List<Repair> repairs) {
        return run(ctx, repairs, new ArrayList<>());
    }

    private static List<Result> run(StorageContext ctx, List<Repair> repairs, List<Repair> done) {
        List<Result> out = new ArrayList<>();
        for (Repair r : repairs) {
            EntrySnapshot before = EntrySnapshot.of(ctx);
            r.apply(ctx);
            done.add(r);
            out.add(new Result(r, before.changesTo(EntrySnapshot.of(ctx))));
        }
        return out;
    }

    /** The saved state of every store the context holds (what an undo restores). */
    public static Map<Restorable, Object> save(StorageContext ctx) {
        Map<Restorable, Object> m = new IdentityHashMap<>();
        for (PersistFile f : ctx.files()) {
            ctx.kvStore(f.name()).ifPresent(s -> m.put(s, s.saveState()));
            ctx.vectorStoreFile(f.name()).ifPresent(s -> m.put(s, s.saveState()));
        }
        ctx.graphStore().ifPresent(s -> m.put(s, s.saveState()));
        ctx.propertyGraphStore().ifPresent(s -> m.put(s, s.saveState()));
        ctx.chatStore().ifPresent(s -> m.put(s, s.saveState()));
        return m;
    }
}
