package dev.storescope.storage.kvstore;

import dev.storescope.json.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * LlamaIndex's {@code BaseKVStore}: collections of key → JSON object. Values are immutable
 * {@link JsonObject}s, so a caller can never change stored state through a value it passed in or
 * got back (Python gets the same guarantee by copying dicts).
 */
public interface BaseKVStore {
    String DEFAULT_COLLECTION = "data";
    int DEFAULT_BATCH_SIZE = 1;

    void put(String key, JsonObject val, String collection);

    default void put(String key, JsonObject val) {
        put(key, val, DEFAULT_COLLECTION);
    }

    /** Puts pairs in order; this store supports only {@code batchSize == 1}, as in Python. */
    default void putAll(List<Map.Entry<String, JsonObject>> kvPairs, String collection, int batchSize) {
        if (batchSize != 1) throw new UnsupportedOperationException("Batching not supported by this key-value store.");
        for (Map.Entry<String, JsonObject> e : kvPairs) put(e.getKey(), e.getValue(), collection);
    }

    default void putAll(List<Map.Entry<String, JsonObject>> kvPairs, String collection) {
        putAll(kvPairs, collection, DEFAULT_BATCH_SIZE);
    }

    /** The value, or null when the key (or the collection) does not exist. */
    JsonObject get(String key, String collection);

    default JsonObject get(String key) {
        return get(key, DEFAULT_COLLECTION);
    }

    /** All pairs of a collection in insertion order (empty when the collection does not exist). */
    Map<String, JsonObject> getAll(String collection);

    default Map<String, JsonObject> getAll() {
        return getAll(DEFAULT_COLLECTION);
    }

    /** Deletes a key; true when it existed. */
    boolean delete(String key, String collection);

    default boolean delete(String key) {
        return delete(key, DEFAULT_COLLECTION);
    }

    default CompletableFuture<Void> aput(String key, JsonObject val, String collection) {
        return run(() -> put(key, val, collection));
    }

    default CompletableFuture<Void> aputAll(List<Map.Entry<String, JsonObject>> kvPairs, String collection, int batchSize) {
        return run(() -> putAll(kvPairs, collection, batchSize));
    }

    default CompletableFuture<JsonObject> aget(String key, String collection) {
        return call(() -> get(key, collection));
    }

    default CompletableFuture<Map<String, JsonObject>> agetAll(String collection) {
        return call(() -> getAll(collection));
    }

    default CompletableFuture<Boolean> adelete(String key, String collection) {
        return call(() -> delete(key, collection));
    }

    /** Runs a call now and returns its result as a future (the in-memory stores do no I/O). */
    static <T> CompletableFuture<T> call(java.util.function.Supplier<T> s) {
        try {
            return CompletableFuture.completedFuture(s.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    static CompletableFuture<Void> run(Runnable r) {
        return call(() -> {
            r.run();
            return null;
        });
    }
}
