package dev.storescope.storage.kvstore;

import java.io.IOException;
import java.nio.file.Path;

/** A KV store that lives in memory and persists to one file ({@code BaseInMemoryKVStore}). */
public interface BaseInMemoryKVStore extends BaseKVStore {
    void persist(Path persistPath) throws IOException;
}
