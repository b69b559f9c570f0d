package dev.storescope.graph_stores;

import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.json.PythonRepr;
import dev.storescope.storage.StoreFormatException;

import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * A relation between two nodes ({@code Relation}): fields {@code label}, {@code source_id},
 * {@code target_id}, {@code properties}. As in Python its {@link #id()} is the label; it is stored
 * under {@link #key()} = {@code source_id + "_" + label + "_" + target_id}. Wraps its JSON object
 * (unknown keys and member order survive).
 */
public final class Relation {
    private final JsonObject json;

    Relation(JsonObject json) {
        this.json = Objects.requireNonNull(json, "json");
        label();
        sourceId();
        targetId();
    }

    /** A relation read from a file (members stay unparsed until read). */
    public static Relation fromJson(JsonValue value) {
        return new Relation(Shallow.object(value, "a relation object"));
    }

    /** {@code Relation(label=label, source_id=sourceId, target_id=targetId, properties=properties)}. */
    public static Relation of(String label, String sourceId, String targetId, JsonObject properties) {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
        m.put("label", JsonString.of(label));
        m.put("source_id", JsonString.of(sourceId));
        m.put("target_id", JsonString.of(targetId));
        m.put("properties", properties == null ? JsonObject.EMPTY : properties);
        return new Relation(JsonObject.of(m));
    }

    public static Relation of(String label, String sourceId, String targetId) {
        return of(label, sourceId, targetId, JsonObject.EMPTY);
    }

    /** The key a relation is stored under: {@code source_id + "_" + label + "_" + target_id}. */
    public static String key(String sourceId, String label, String targetId) {
        return sourceId + "_" + label + "_" + targetId;
    }

    public String label() {
        return string("label");
    }

    public String sourceId() {
        return string("source_id");
    }

    public String targetId() {
        return string("target_id");
    }

    /** Python's {@code Relation.id}: the label. */
    public String id() {
        return label();
    }

    /** Where LabelledPropertyGraph stores this relation. */
    public String key() {
        return key(sourceId(), label(), targetId());
    }

    public JsonObject properties() {
        JsonValue v = json.get("properties");
        if (v == null || v instanceof JsonNull) return JsonObject.EMPTY;
        if (v instanceof JsonObject o) return o;
        throw new StoreFormatException("Relation.properties is a JSON " + v.kind() + ", expected an object");
    }

    public Relation withProperties(JsonObject properties) {
        return new Relation(json.with("properties", properties));
    }

    public JsonObject toJson() {
        return json;
    }

    String reprKey() {
        return "Relation(" + label() + "|" + sourceId() + "|" + targetId() + "|" + PythonRepr.repr(properties()) + ")";
    }

    private String string(String key) {
        JsonValue v = json.get(key);
        if (v instanceof JsonString s) return s.value();
        throw new StoreFormatException("Relation." + key + " is " + (v == null ? "missing" : "a JSON " + v.kind()) + ", expected a string");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relation r && r.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "Relation(" + key() + ")";
    }
}
