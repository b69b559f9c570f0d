package dev.storescope.storage.kvstore;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;
import dev.storescope.storage.StoreFormatException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * LlamaIndex's {@code MutableMappingKVStore}: collections as ordered maps with Python dict
 * semantics (overwrite keeps the position, delete then re-add moves the key to the end).
 * <p>
 * Deviation from core ≥ 0.12.41, on purpose: reading or deleting in a missing collection does not
 * create it, so a store that was only read rewrites identically.
 */
public class MutableMappingKVStore implements BaseKVStore {
    private final LinkedHashMap<String, KVCollection> collections = new LinkedHashMap<>();
    private long revision;

    /** Adds a collection found in a file (used by loaders). */
    protected final void addLoadedCollection(KVCollection c) {
        collections.put(c.name(), c);
    }

    @Override
    public void put(String key, JsonObject val, String collection) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(val, "val");
        collections.computeIfAbsent(collection, KVCollection::empty).entriesForUpdate().put(key, val);
        revision++;
    }

    @Override
    public JsonObject get(String key, String collection) {
        KVCollection c = collections.get(collection);
        if (c == null) return null;
        JsonValue v = c.entries().get(key);
        return v == null ? null : asObject(v, collection, key);
    }

    /** The value as stored: a {@link RawJson} (exact file bytes) while nobody replaced it. */
    public JsonValue getRaw(String key, String collection) {
        KVCollection c = collections.get(collection);
        return c == null ? null : c.entries().get(key);
    }

    @Override
    public Map<String, JsonObject> getAll(String collection) {
        KVCollection c = collections.get(collection);
        if (c == null) return new LinkedHashMap<>();
        LinkedHashMap<String, JsonObject> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : c.entries().entrySet()) out.put(e.getKey(), asObject(e.getValue(), collection, e.getKey()));
        return out;
    }

    @Override
    public boolean delete(String key, String collection) {
        KVCollection c = collections.get(collection);
        if (c == null || !c.entries().containsKey(key)) return false;
        c.entriesForUpdate().remove(key);
        revision++;
        return true;
    }

    public boolean hasCollection(String collection) {
        return collections.containsKey(collection);
    }

    public boolean containsKey(String key, String collection) {
        KVCollection c = collections.get(collection);
        return c != null && c.entries().containsKey(key);
    }

    /** Collection names in file order. */
    public List<String> collectionNames() {
        return Collections.unmodifiableList(new ArrayList<>(collections.keySet()));
    }

    /** Keys of a collection in order (no values are parsed). */
    public List<String> keys(String collection) {
        KVCollection c = collections.get(collection);
        return c == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(c.entries().keySet()));
    }

    public int size(String collection) {
        KVCollection c = collections.get(collection);
        return c == null ? 0 : c.entries().size();
    }

    /** Counts every change; 0 means nothing changed since the store was loaded. */
    public long revision() {
        return revision;
    }

    protected final Iterable<KVCollection> collections() {
        return collections.values();
    }

    private static JsonObject asObject(JsonValue v, String collection, String key) {
        JsonValue r = v.resolve();
        if (r instanceof JsonObject o) return o;
        String where = v instanceof RawJson raw ? raw.source().label() + " at " + raw.path() : "collection " + collection + ", key " + key;
        throw new StoreFormatException(where + ": value is a JSON " + r.kind() + ", a key-value store holds objects");
    }
}
