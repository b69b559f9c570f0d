package dev.storescope.storage.docstore;

import dev.storescope.storage.io.BackupSet;
import dev.storescope.storage.kvstore.BaseKVStore;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.io.IOException;
import java.nio.file.Path;

/**
 * LlamaIndex's {@code SimpleDocumentStore}: a {@link KVDocumentStore} over a {@link SimpleKVStore}
 * that lives in one file ({@code docstore.json} in a persist dir). Loading is lazy and persisting
 * an unchanged store writes the file's own bytes (see {@link SimpleKVStore}).
 */
public class SimpleDocumentStore extends KVDocumentStore {
    public static final String DEFAULT_PERSIST_FNAME = "docstore.json";

    private final SimpleKVStore simpleKvstore;

    /** An empty in-memory store (default namespace). */
    public SimpleDocumentStore() {
        this(new SimpleKVStore(), null);
    }

    public SimpleDocumentStore(SimpleKVStore kvstore, String namespace) {
        this(kvstore, namespace, BaseKVStore.DEFAULT_BATCH_SIZE);
    }

    public SimpleDocumentStore(SimpleKVStore kvstore, String namespace, int batchSize) {
        super(kvstore, namespace, batchSize, null, null, null);
        this.simpleKvstore = kvstore;
    }

    /** Loads {@code persistPath} (a missing file: FileNotFoundException with Python's text). */
    public static SimpleDocumentStore fromPersistPath(Path persistPath) throws IOException {
        return fromPersistPath(persistPath, null);
    }

    public static SimpleDocumentStore fromPersistPath(Path persistPath, String namespace) throws IOException {
        return new SimpleDocumentStore(SimpleKVStore.fromPersistPath(persistPath), namespace);
    }

    /** Loads {@code persistDir/docstore.json}. */
    public static SimpleDocumentStore fromPersistDir(Path persistDir) throws IOException {
        return fromPersistPath(persistDir.resolve(DEFAULT_PERSIST_FNAME), null);
    }

    public static SimpleDocumentStore fromPersistDir(Path persistDir, String namespace) throws IOException {
        return fromPersistPath(persistDir.resolve(DEFAULT_PERSIST_FNAME), namespace);
    }

    /** Writes the store to {@code persistPath} (atomically; a replaced file is backed up next to it). */
    public void persist(Path persistPath) throws IOException {
        simpleKvstore.persist(persistPath);
    }

    /** Writes the store, putting the replaced version into {@code backups}; returns the backup path or null. */
    public Path persist(Path persistPath, BackupSet backups) throws IOException {
        return simpleKvstore.persist(persistPath, backups);
    }

    /** The underlying KV store (its collections may hold more than this docstore's namespace). */
    @Override
    public SimpleKVStore kvstore() {
        return simpleKvstore;
    }
}
