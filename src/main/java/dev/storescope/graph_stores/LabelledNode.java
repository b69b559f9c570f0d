package dev.storescope.graph_stores;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.json.PythonRepr;
import dev.storescope.storage.StoreFormatException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * A node of a property graph ({@code LabelledNode}): an {@link EntityNode} or a {@link ChunkNode}.
 * It wraps the node's JSON object, so unknown keys and the member order survive; members read from
 * a file stay unparsed until asked for (a chunk's embedding is not parsed to read its id).
 */
public abstract sealed class LabelledNode permits EntityNode, ChunkNode {
    private final JsonObject json;

    LabelledNode(JsonObject json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * Python's loader rule ({@code SimplePropertyGraphStore.from_dict}): an object with {@code name}
     * is an EntityNode, else one with {@code text} a ChunkNode, else ValueError.
     */
    public static LabelledNode fromJson(JsonValue value) {
        JsonObject o = Shallow.object(value, "a node object");
        if (o.has("name")) return new EntityNode(o);
        if (o.has("text")) return new ChunkNode(o);
        throw new StoreFormatException(Shallow.where(value) + "Could not infer node type for data: " + PythonRepr.repr(o));
    }

    /** The node's id (the key it is stored under in Python); null for a ChunkNode without {@code id_}. */
    public abstract String id();

    /** The label Python's model default gives when the file has none. */
    abstract String defaultLabel();

    /** Python's model class name. */
    public abstract String className();

    public String label() {
        JsonValue v = json.get("label");
        if (v == null) return defaultLabel();
        if (v instanceof JsonString s) return s.value();
        throw new StoreFormatException("label is a JSON " + v.kind() + ", expected a string");
    }

    /** True when the node carries an embedding (without parsing it). */
    public boolean hasEmbedding() {
        JsonValue v = json.getRaw("embedding");
        return v != null && !v.isNull();
    }

    /** The embedding, or null. */
    public double[] embedding() {
        JsonValue v = json.get("embedding");
        if (v == null || v instanceof JsonNull) return null;
        if (!(v instanceof JsonArray a)) throw new StoreFormatException("embedding is a JSON " + v.kind() + ", expected a list of floats");
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(a.get(i) instanceof JsonNumber n)) throw new StoreFormatException("embedding[" + i + "] is not a number");
            out[i] = n.doubleValue();
        }
        return out;
    }

    /** The properties ({@code {}} when absent). */
    public JsonObject properties() {
        JsonValue v = json.get("properties");
        if (v == null || v instanceof JsonNull) return JsonObject.EMPTY;
        if (v instanceof JsonObject o) return o;
        throw new StoreFormatException("properties is a JSON " + v.kind() + ", expected an object");
    }

    /** The JSON this node is written as. */
    public JsonObject toJson() {
        return json;
    }

    abstract LabelledNode wrap(JsonObject json);

    public LabelledNode withLabel(String label) {
        return wrap(json.with("label", JsonString.of(label)));
    }

    public LabelledNode withProperties(JsonObject properties) {
        return wrap(json.with("properties", properties));
    }

    /** A copy with the embedding set (null clears it); numbers are written as Python's repr. */
    public LabelledNode withEmbedding(double[] embedding) {
        return wrap(json.with("embedding", embeddingJson(embedding)));
    }

    static JsonValue embeddingJson(double[] embedding) {
        if (embedding == null) return JsonNull.INSTANCE;
        List<JsonValue> nums = new ArrayList<>(embedding.length);
        for (double d : embedding) nums.add(JsonNumber.of(d));
        return JsonArray.of(nums);
    }

    /** Model fields in pydantic order: {@code label, embedding, properties}, then the subclass's. */
    static LinkedHashMap<String, JsonValue> baseFields(String label, double[] embedding, JsonObject properties) {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
        m.put("label", JsonString.of(label));
        m.put("embedding", embeddingJson(embedding));
        m.put("properties", properties == null ? JsonObject.EMPTY : properties);
        return m;
    }

    String requiredString(String key) {
        JsonValue v = json.get(key);
        if (v instanceof JsonString s) return s.value();
        throw new StoreFormatException(className() + "." + key + " is " + (v == null ? "missing" : "a JSON " + v.kind()) + ", expected a string");
    }

    /**
     * What Python's {@code str(triplet)} compares for this node: its class and model fields (not
     * unknown keys, which pydantic drops).
     */
    String reprKey() {
        StringBuilder sb = new StringBuilder(className()).append('(');
        sb.append(label()).append('|');
        JsonValue e = json.getRaw("embedding");
        sb.append(e == null ? "None" : PythonRepr.repr(e)).append('|');
        sb.append(PythonRepr.repr(properties()));
        for (String f : ownFields()) {
            JsonValue v = json.getRaw(f);
            sb.append('|').append(v == null ? "None" : PythonRepr.repr(v));
        }
        return sb.append(')').toString();
    }

    abstract List<String> ownFields();

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelledNode n && n.getClass() == getClass() && n.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return className() + "(" + id() + ")";
    }
}
