package dev.storescope.storage.kvstore;

import dev.storescope.storage.Restorable;
import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;
import dev.storescope.json.Section;
import dev.storescope.storage.StoreFormatException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * LlamaIndex's {@code MutableMappingKVStore}: collections as ordered maps with Python dict
 * semantics (overwrite keeps the position, delete then re-add moves the key to the end), kept in a
 * {@link JsonDocument} so untouched collections and values stay raw bytes.
 * <p>
 * Deviation from core ≥ 0.12.41, on purpose: reading or deleting in a missing collection does not
 * create it, so a store that was only read rewrites identically.
 */
public class MutableMappingKVStore implements BaseKVStore, Restorable {
    private final JsonDocument doc;

    /** An empty in-memory store (Python's style when persisted). */
    public MutableMappingKVStore() {
        this(JsonDocument.create(JsonStyle.PYTHON));
    }

    protected MutableMappingKVStore(JsonDocument doc) {
        this.doc = doc;
    }

    /**
     * A collection as loaded, for readers that compare stores (the diff); null when absent. Change
     * the store through its methods, never through this.
     */
    public Section rawSection(String collection) {
        return doc.section(collection);
    }

    /** The document holding the collections. */
    protected final JsonDocument document() {
        return doc;
    }

    @Override
    public void put(String key, JsonObject val, String collection) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(val, "val");
        doc.sectionOrCreate(collection).put(key, val);
    }

    @Override
    public JsonObject get(String key, String collection) {
        Section c = doc.section(collection);
        if (c == null) return null;
        JsonValue v = c.get(key);
        return v == null ? null : asObject(v, collection, key);
    }

    /** The value as stored: a {@link RawJson} (exact file bytes) while nobody replaced it. */
    public JsonValue getRaw(String key, String collection) {
        Section c = doc.section(collection);
        return c == null ? null : c.get(key);
    }

    @Override
    public Map<String, JsonObject> getAll(String collection) {
        Section c = doc.section(collection);
        LinkedHashMap<String, JsonObject> out = new LinkedHashMap<>();
        if (c == null) return out;
        for (Map.Entry<String, JsonValue> e : c.entries().entrySet()) out.put(e.getKey(), asObject(e.getValue(), collection, e.getKey()));
        return out;
    }

    @Override
    public boolean delete(String key, String collection) {
        Section c = doc.section(collection);
        return c != null && c.remove(key);
    }

    public boolean hasCollection(String collection) {
        return doc.has(collection);
    }

    public boolean containsKey(String key, String collection) {
        Section c = doc.section(collection);
        return c != null && c.has(key);
    }

    /** Collection names in file order. */
    public List<String> collectionNames() {
        return Collections.unmodifiableList(doc.names());
    }

    /** Keys of a collection in order (no values are parsed). */
    public List<String> keys(String collection) {
        Section c = doc.section(collection);
        return c == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(c.entries().keySet()));
    }

    public int size(String collection) {
        Section c = doc.section(collection);
        return c == null ? 0 : c.size();
    }

    /** Counts every change; 0 means nothing changed since the store was loaded. */
    public long revision() {
        return doc.revision();
    }

    private static JsonObject asObject(JsonValue v, String collection, String key) {
        JsonValue r = v.resolve();
        if (r instanceof JsonObject o) return o;
        String where = v instanceof RawJson raw ? raw.source().label() + " at " + raw.path() : "collection " + collection + ", key " + key;
        throw new StoreFormatException(where + ": value is a JSON " + r.kind() + ", a key-value store holds objects");
    }

    @Override
    public Object saveState() {
        return doc.snapshot();
    }

    @Override
    public void restoreState(Object state) {
        doc.restore((dev.storescope.json.JsonDocument.Snapshot) state);
    }
}
