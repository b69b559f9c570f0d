package dev.storescope.storage.index_store;

import dev.storescope.storage.kvstore.BaseKVStore;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** LlamaIndex's {@code BaseIndexStore}: index structs by index id. */
public interface BaseIndexStore {
    /** Python's message when a persist dir holds no index. */
    String NO_INDEX_MESSAGE = "No index in storage context, check if you specified the right persist_dir.";

    /** All structs in store order. */
    List<IndexStruct> indexStructs();

    /** Stores the struct under its {@code index_id}; an existing id is overwritten in place. */
    void addIndexStruct(IndexStruct indexStruct);

    /** Removes the struct (nothing happens when the key is absent, as in Python). */
    void deleteIndexStruct(String key);

    /** The struct, or null when there is none with this id. */
    IndexStruct getIndexStruct(String structId);

    /**
     * The only struct of the store.
     *
     * @throws dev.storescope.storage.NotFoundException with {@link #NO_INDEX_MESSAGE} when there is none
     * @throws AmbiguousIndexException when there are several (the message names their ids)
     */
    IndexStruct getIndexStruct();

    default CompletableFuture<List<IndexStruct>> asyncIndexStructs() {
        return BaseKVStore.call(this::indexStructs);
    }

    default CompletableFuture<Void> asyncAddIndexStruct(IndexStruct indexStruct) {
        return BaseKVStore.call(() -> {
            addIndexStruct(indexStruct);
            return null;
        });
    }

    default CompletableFuture<Void> adeleteIndexStruct(String key) {
        return BaseKVStore.call(() -> {
            deleteIndexStruct(key);
            return null;
        });
    }

    default CompletableFuture<IndexStruct> agetIndexStruct(String structId) {
        return BaseKVStore.call(() -> structId == null ? getIndexStruct() : getIndexStruct(structId));
    }
}
