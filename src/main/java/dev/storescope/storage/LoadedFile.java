package dev.storescope.storage;

import dev.storescope.storage.io.AtomicFileWriter;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.function.LongSupplier;

/**
 * A file held as a store model (a SimpleKVStore, a SimpleChatStore, …): modified when the store's
 * revision moved since load or since the last save into its own place.
 */
final class LoadedFile implements StoreFile {
    private final PersistFile info;
    private final Object store;
    private final LongSupplier revision;
    private final AtomicFileWriter.Content content;
    private long savedRevision;
    /** The name the file has on disk (differs from {@code info.name()} after a rename not yet persisted). */
    private String diskName;

    LoadedFile(PersistFile info, Object store, LongSupplier revision, AtomicFileWriter.Content content) {
        this.info = info;
        this.store = store;
        this.revision = revision;
        this.content = content;
        this.savedRevision = revision.getAsLong();
        this.diskName = info.name();
    }

    private LoadedFile(LoadedFile from, PersistFile info) {
        this.info = info;
        this.store = from.store;
        this.revision = from.revision;
        this.content = from.content;
        this.savedRevision = from.savedRevision;
        this.diskName = from.diskName;
    }

    /** The same store under another name (written under it at the next persist). */
    LoadedFile renamed(PersistFile to) {
        return new LoadedFile(this, to);
    }

    /** The name the file has on disk. */
    String diskName() {
        return diskName;
    }

    @Override
    public PersistFile info() {
        return info;
    }

    /** The store object (e.g. a {@code SimpleKVStore}). */
    Object store() {
        return store;
    }

    @Override
    public boolean isModified() {
        return revision.getAsLong() != savedRevision || !diskName.equals(info.name());
    }

    void markSaved() {
        savedRevision = revision.getAsLong();
        diskName = info.name();
    }

    @Override
    public void writeTo(WritableByteChannel ch) throws IOException {
        content.writeTo(ch);
    }
}
