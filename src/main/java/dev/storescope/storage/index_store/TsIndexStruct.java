package dev.storescope.storage.index_store;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A struct written by LlamaIndex.TS (read-only): a plain object
 * {@code {"indexId", "nodesDict"|"nodes"|"table", "type"}} under collection {@code docstore/data}
 * of {@code index_store.json}. {@code type} is {@code simple_dict} (vector), {@code list} or
 * {@code keyword_table}; {@code nodesDict} maps a node id to a full copy of the node.
 */
public final class TsIndexStruct {
    /** The collection TS writes its index structs to (sic). */
    public static final String COLLECTION = "docstore/data";

    private final String key;
    private final JsonObject json;

    public TsIndexStruct(String key, JsonObject json) {
        this.key = key;
        this.json = Objects.requireNonNull(json, "json");
    }

    /** True for a TS record: it has {@code indexId} and no Python envelope. */
    public static boolean isTsStruct(JsonObject o) {
        return o.has("indexId") && !o.has(IndexStruct.TYPE_KEY) && !o.has(IndexStruct.DATA_KEY);
    }

    /** The key the record is stored under. */
    public String key() {
        return key;
    }

    public String indexId() {
        return json.getString("indexId");
    }

    /** {@code simple_dict}, {@code list}, {@code keyword_table} (null when absent). */
    public String type() {
        return json.getString("type");
    }

    /** {@code summary} (TS omits it when unset). */
    public String summary() {
        return json.getString("summary");
    }

    /** The Python IndexStructType this TS type corresponds to ({@code simple_dict} → {@code vector_store}), or null. */
    public IndexStructType pythonType() {
        String t = type();
        if ("simple_dict".equals(t)) return IndexStructType.VECTOR_STORE;
        return IndexStructType.fromValue(t);
    }

    /** {@code nodesDict}: node id → full node object (empty when absent). */
    public JsonObject nodesDict() {
        return json.getObject("nodesDict").orElse(JsonObject.EMPTY);
    }

    /** Node ids: keys of {@code nodesDict}, elements of {@code nodes}, values of {@code table}; distinct, in order. */
    public List<String> nodeIds() {
        LinkedHashSet<String> ids = new LinkedHashSet<>(nodesDict().keys());
        json.getArray("nodes").ifPresent(a -> ids.addAll(a.strings()));
        json.getObject("table").ifPresent(t -> {
            for (JsonValue v : t.rawMembers().values()) if (v.resolve() instanceof JsonArray a) ids.addAll(a.strings());
        });
        return new ArrayList<>(ids);
    }

    public int nodeCount() {
        return nodeIds().size();
    }

    /** The record as stored. */
    public JsonObject toJson() {
        return json;
    }

    @Override
    public String toString() {
        return "TsIndexStruct[" + type() + ", " + indexId() + "]";
    }
}
