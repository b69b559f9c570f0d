package dev.storescope.inspect.repair;

import dev.storescope.storage.StorageContext;

/**
 * A fix for one or more findings, applied through the store APIs of a {@link StorageContext};
 * nothing is written until the context is persisted. Entry edits are undone by restoring the
 * stores' saved states ({@link dev.storescope.storage.Restorable}); a repair that renames a file
 * undoes that part in {@link #revert}. {@link RepairSession#preview} shows what {@link #apply}
 * changes, as a diff of the affected keys.
 */
public interface Repair {
    /** The repair id (as named in {@code Finding.repair()}), e.g. {@code drop-dangling-ids}. */
    String id();

    /** What it does, in one sentence naming the keys, for the preview header. */
    String description();

    void apply(StorageContext ctx);

    /** Undoes what store state restoring does not cover (file renames); nothing for most repairs. */
    default void revert(StorageContext ctx) {
    }

    /** True when {@link #apply} renames files (redo then applies it again; restoring store states does not cover it). */
    default boolean renamesFiles() {
        return false;
    }
}
