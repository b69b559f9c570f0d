package dev.storescope.inspect.diff;

import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.graph_stores.SimplePropertyGraphStore;
import dev.storescope.json.JsonShapeException;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonSyntaxException;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.chat_store.SimpleChatStore;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;

/**
 * Opens the bytes of one persist-dir file as the store its name says (as StorageContext does, but
 * from any {@link JsonSource}, so a git blob or a backup file works too). What does not load stays
 * {@link Opaque} with the reason.
 */
final class StoreLoader {
    private StoreLoader() {
    }

    static Object load(String name, JsonSource src) {
        return load(name, src, null);
    }

    /** {@link #load(String, JsonSource)}, indexing against {@code like} (the same file in another snapshot) where bytes recur. */
    static Object load(String name, JsonSource src, Object like) {
        try {
            return switch (name) {
                case PersistDirScanner.DOCSTORE, PersistDirScanner.INDEX_STORE, PersistDirScanner.TS_DOC_STORE, "llama_cache" -> SimpleKVStore.fromSource(src, like instanceof SimpleKVStore kv ? kv : null);
                case PersistDirScanner.GRAPH_STORE -> SimpleGraphStore.fromSource(src);
                case PersistDirScanner.PROPERTY_GRAPH_STORE -> SimplePropertyGraphStore.fromSource(src);
                case PersistDirScanner.CHAT_STORE -> SimpleChatStore.fromSource(src);
                default -> name.endsWith(PersistDirScanner.VECTOR_STORE_SUFFIX) && startsWithBrace(src)
                        ? SimpleVectorStore.fromSource(src, like instanceof SimpleVectorStore v ? v : null) : new Opaque(src, null);
            };
        } catch (JsonSyntaxException | JsonShapeException e) {
            return new Opaque(src, e.getMessage());
        }
    }

    private static boolean startsWithBrace(JsonSource src) {
        for (int i = src.bodyStart(); i < src.length(); i++) {
            byte b = src.get(i);
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return b == '{';
        }
        return false;
    }
}
