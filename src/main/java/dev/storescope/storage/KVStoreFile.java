package dev.storescope.storage;

import dev.storescope.storage.kvstore.SimpleKVStore;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/** A file held as a {@link SimpleKVStore} (docstore, index store, ingestion cache, TS doc store). */
public final class KVStoreFile implements StoreFile {
    private final PersistFile info;
    private final SimpleKVStore store;
    private long savedRevision;

    public KVStoreFile(PersistFile info, SimpleKVStore store) {
        this.info = info;
        this.store = store;
    }

    @Override
    public PersistFile info() {
        return info;
    }

    public SimpleKVStore store() {
        return store;
    }

    @Override
    public boolean isModified() {
        return store.revision() != savedRevision;
    }

    /** Called after the file was written back to its own place. */
    void markSaved() {
        savedRevision = store.revision();
    }

    @Override
    public void writeTo(WritableByteChannel ch) throws IOException {
        store.writeTo(ch);
    }
}
