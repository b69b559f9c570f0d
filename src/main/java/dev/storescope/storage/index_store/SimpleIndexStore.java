package dev.storescope.storage.index_store;

import dev.storescope.json.JsonObject;
import dev.storescope.storage.io.BackupSet;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * LlamaIndex's {@code SimpleIndexStore}: a {@link KVIndexStore} over a {@link SimpleKVStore} file
 * ({@code index_store.json}). Loading and persisting without change gives the same bytes; changed
 * structs are written in the file's own style, untouched ones verbatim.
 */
public class SimpleIndexStore extends KVIndexStore {
    public static final String DEFAULT_PERSIST_FNAME = "index_store.json";

    private final SimpleKVStore simpleKVStore;

    /** An empty in-memory store. */
    public SimpleIndexStore() {
        this(new SimpleKVStore());
    }

    public SimpleIndexStore(SimpleKVStore kvstore) {
        super(kvstore);
        this.simpleKVStore = kvstore;
    }

    /** Loads {@code persistDir/index_store.json}. */
    public static SimpleIndexStore fromPersistDir(Path persistDir) throws IOException {
        return fromPersistPath(persistDir.resolve(DEFAULT_PERSIST_FNAME));
    }

    /** Loads a file; a missing file is a {@link java.io.FileNotFoundException} as in Python. */
    public static SimpleIndexStore fromPersistPath(Path persistPath) throws IOException {
        return new SimpleIndexStore(SimpleKVStore.fromPersistPath(persistPath));
    }

    /** A store over a copy of {@code data} (collection → key → record). */
    public static SimpleIndexStore fromDict(Map<String, ? extends Map<String, JsonObject>> data) {
        return new SimpleIndexStore(SimpleKVStore.fromDict(data));
    }

    public Map<String, Map<String, JsonObject>> toDict() {
        return simpleKVStore.toDict();
    }

    public SimpleKVStore simpleKVStore() {
        return simpleKVStore;
    }

    /** Writes the file atomically, keeping the replaced version in a new backup set next to it. */
    public void persist(Path persistPath) throws IOException {
        simpleKVStore.persist(persistPath);
    }

    /** Writes the file atomically; returns the backup of the replaced file, or null. */
    public Path persist(Path persistPath, BackupSet backups) throws IOException {
        return simpleKVStore.persist(persistPath, backups);
    }

    /** The bytes {@link #persist} would write. */
    public byte[] toBytes() throws IOException {
        return simpleKVStore.toBytes();
    }
}
