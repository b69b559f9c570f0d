package dev.storescope.inspect;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded index structs shared by the tree and the jobs, keyed by the very stored value they come
 * from (a 100k-node struct takes about half a second to decode; the stored value is immutable, so
 * while the same object is stored the decoded struct stays valid). A few recent ones are kept.
 */
public final class DecodedStructs {
    private static final int KEEP = 4; // a decoded 100k-node struct holds tens of MB
    private static final Map<IdentityKey, IndexStruct> CACHE = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<IdentityKey, IndexStruct> e) {
            return size() > KEEP;
        }
    };

    private DecodedStructs() {
    }

    /** The struct stored under {@code key} in {@code collection}, or null; its data decoded. */
    public static IndexStruct get(SimpleKVStore kv, String collection, String key, String label) {
        JsonValue raw = kv.getRaw(key, collection);
        if (raw == null) return null;
        synchronized (CACHE) {
            IndexStruct s = CACHE.get(new IdentityKey(raw));
            if (s != null) return s;
        }
        JsonObject env = kv.get(key, collection);
        IndexStruct s = IndexStruct.fromJson(env, label);
        s.data();
        synchronized (CACHE) {
            CACHE.put(new IdentityKey(raw), s);
        }
        return s;
    }

    /** Remembers a struct about to be stored (its {@link IndexStruct#toJson()} is the value the store will hold). */
    public static void remember(IndexStruct s) {
        synchronized (CACHE) {
            CACHE.put(new IdentityKey(s.toJson()), s);
        }
    }

    /** Forgets every decoded struct (call when a dir is closed, to free their memory at once). */
    public static void clear() {
        synchronized (CACHE) {
            CACHE.clear();
        }
    }
}
