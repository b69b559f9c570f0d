package dev.storescope.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable JSON object with Python dict order: {@link #with} on an existing key keeps its
 * position, {@link #without} then {@link #with} moves it to the end. Values may be
 * {@link RawJson} until read; {@link #get} parses them.
 */
public final class JsonObject implements JsonValue {
    public static final JsonObject EMPTY = new JsonObject(Map.of());
    private final Map<String, JsonValue> members;

    private JsonObject(Map<String, JsonValue> members) {
        this.members = members;
    }

    /** An object with the given members in the map's iteration order (copied). */
    public static JsonObject of(Map<String, ? extends JsonValue> members) {
        return members.isEmpty() ? EMPTY : new JsonObject(Collections.unmodifiableMap(new LinkedHashMap<>(members)));
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return members.size();
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    public boolean has(String key) {
        return members.containsKey(key);
    }

    public Set<String> keys() {
        return members.keySet();
    }

    /** The member, parsed if raw; null when absent. */
    public JsonValue get(String key) {
        JsonValue v = members.get(key);
        return v == null ? null : v.resolve();
    }

    /** The member as stored (a {@link RawJson} stays raw); null when absent. */
    public JsonValue getRaw(String key) {
        return members.get(key);
    }

    /** Members as stored (raw values stay raw). */
    public Map<String, JsonValue> rawMembers() {
        return members;
    }

    /** The string member, or null when absent or not a string. */
    public String getString(String key) {
        return get(key) instanceof JsonString s ? s.value() : null;
    }

    public Optional<JsonObject> getObject(String key) {
        return get(key) instanceof JsonObject o ? Optional.of(o) : Optional.empty();
    }

    public Optional<JsonArray> getArray(String key) {
        return get(key) instanceof JsonArray a ? Optional.of(a) : Optional.empty();
    }

    /** A copy with {@code key} set: an existing key keeps its position, a new one goes last. */
    public JsonObject with(String key, JsonValue value) {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(members);
        m.put(key, value);
        return new JsonObject(Collections.unmodifiableMap(m));
    }

    public JsonObject with(String key, String value) {
        return with(key, value == null ? JsonNull.INSTANCE : JsonString.of(value));
    }

    /** A copy without {@code key} (this object when it is absent). */
    public JsonObject without(String key) {
        if (!members.containsKey(key)) return this;
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(members);
        m.remove(key);
        return m.isEmpty() ? EMPTY : new JsonObject(Collections.unmodifiableMap(m));
    }

    /** A mutable, ordered copy of the members (for callers building a new object). */
    public LinkedHashMap<String, JsonValue> toMap() {
        return new LinkedHashMap<>(members);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JsonObject other) || other.size() != size()) return false;
        for (Map.Entry<String, JsonValue> e : members.entrySet()) {
            JsonValue ov = other.get(e.getKey());
            if (ov == null || !ov.equals(e.getValue().resolve())) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, JsonValue> e : members.entrySet()) h += e.getKey().hashCode() ^ e.getValue().resolve().hashCode();
        return h;
    }

    @Override
    public String toString() {
        return JsonWriter.toJson(this, JsonStyle.PYTHON);
    }

    /**
     * Builds an object in insertion order (Python dict semantics for repeated keys). {@link #build()}
     * hands its map over without copying; a put after a build copies it first, so objects already
     * built never change.
     */
    public static final class Builder {
        private LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
        private boolean shared;

        private LinkedHashMap<String, JsonValue> map() {
            if (shared) {
                m = new LinkedHashMap<>(m);
                shared = false;
            }
            return m;
        }

        public Builder put(String key, JsonValue v) {
            map().put(key, v);
            return this;
        }

        public Builder put(String key, String v) {
            map().put(key, v == null ? JsonNull.INSTANCE : JsonString.of(v));
            return this;
        }

        public Builder put(String key, long v) {
            map().put(key, JsonNumber.of(v));
            return this;
        }

        public Builder put(String key, boolean v) {
            map().put(key, JsonBool.of(v));
            return this;
        }

        public Builder putNull(String key) {
            map().put(key, JsonNull.INSTANCE);
            return this;
        }

        public JsonObject build() {
            if (m.isEmpty()) return EMPTY;
            shared = true;
            return new JsonObject(Collections.unmodifiableMap(m));
        }
    }
}
