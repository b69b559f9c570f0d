package dev.storescope.storage.index_store;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.StoreFormatException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A typed view of an {@link IndexStruct}'s data, one subclass per struct class of spec §5.2.
 * Views are immutable; edits return a new view whose struct keeps the {@code __data__} form,
 * the position of every field and every field the view does not know.
 */
public abstract sealed class TypedIndexStruct
        permits IndexDict, IndexList, KeywordTable, IndexGraph, KG, IndexLPG, EmptyIndexStruct,
        IndexDocumentSummary, SQLStructTable, PandasStructTable, GenericIndexStruct {

    protected final IndexStruct struct;

    TypedIndexStruct(IndexStruct struct) {
        this.struct = struct;
    }

    /** The view matching the struct's {@code __type__}. */
    public static TypedIndexStruct of(IndexStruct s) {
        IndexStructType t = s.structType();
        if (t == null) return new GenericIndexStruct(s);
        return switch (t) {
            case VECTOR_STORE, MULTIMODAL_VECTOR_STORE -> new IndexDict(s);
            case LIST -> new IndexList(s);
            case KEYWORD_TABLE -> new KeywordTable(s);
            case TREE -> new IndexGraph(s);
            case KG -> new KG(s);
            case SIMPLE_LPG -> new IndexLPG(s);
            case EMPTY -> new EmptyIndexStruct(s);
            case DOCUMENT_SUMMARY -> new IndexDocumentSummary(s);
            case SQL -> new SQLStructTable(s);
            case PANDAS -> new PandasStructTable(s);
            default -> new GenericIndexStruct(s);
        };
    }

    public IndexStruct struct() {
        return struct;
    }

    public String indexId() {
        return struct.indexId();
    }

    public String summary() {
        return struct.summary();
    }

    public JsonObject data() {
        return struct.data();
    }

    /** Every docstore node id the struct references, without duplicates, in first-seen order. */
    public abstract List<String> nodeIds();

    /** The number of distinct node ids the struct references. */
    public int nodeCount() {
        return nodeIds().size();
    }

    /** A copy without every reference to {@code nodeId} (this view when there is none, or the type has no nodes). */
    public TypedIndexStruct withoutNodeId(String nodeId) {
        return this;
    }

    // ---- helpers for subclasses ----------------------------------------------------------------

    /** The object field, or an empty object when absent or null. */
    protected JsonObject objectField(String field) {
        JsonValue v = data().get(field);
        if (v == null || v.isNull()) return JsonObject.EMPTY;
        if (v instanceof JsonObject o) return o;
        throw shape(field, "an object", v);
    }

    /** The array field, or an empty array when absent or null. */
    protected JsonArray arrayField(String field) {
        JsonValue v = data().get(field);
        if (v == null || v.isNull()) return JsonArray.EMPTY;
        if (v instanceof JsonArray a) return a;
        throw shape(field, "an array", v);
    }

    /** A {key: string} field as an ordered map. */
    protected Map<String, String> stringMap(String field) {
        LinkedHashMap<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : objectField(field).rawMembers().entrySet()) {
            JsonValue v = e.getValue().resolve();
            if (v instanceof JsonString s) m.put(e.getKey(), s.value());
            else if (v.isNull()) m.put(e.getKey(), null);
            else throw shape(field + "." + e.getKey(), "a string", v);
        }
        return Collections.unmodifiableMap(m);
    }

    /** A {key: [strings]} field as an ordered map. */
    protected Map<String, List<String>> listMap(String field) {
        LinkedHashMap<String, List<String>> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : objectField(field).rawMembers().entrySet()) {
            JsonValue v = e.getValue().resolve();
            if (v instanceof JsonArray a) m.put(e.getKey(), List.copyOf(a.strings()));
            else throw shape(field + "." + e.getKey(), "an array", v);
        }
        return Collections.unmodifiableMap(m);
    }

    /** A copy of the struct with {@code field} replaced (keeping its position). */
    protected IndexStruct withField(String field, JsonValue value) {
        return struct.withData(data().with(field, value));
    }

    /** {key: [ids]} without {@code id} in every list; keys whose list becomes empty are dropped (KeywordTable rule). */
    protected static JsonObject listMapWithout(Map<String, List<String>> m, String id, boolean dropEmpty) {
        LinkedHashMap<String, JsonValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : m.entrySet()) {
            List<String> kept = new ArrayList<>(e.getValue());
            kept.removeIf(id::equals);
            if (dropEmpty && kept.isEmpty() && !e.getValue().isEmpty()) continue;
            out.put(e.getKey(), JsonArray.ofStrings(kept));
        }
        return JsonObject.of(out);
    }

    /** {key: [ids]} as a JSON object in the map's order. */
    protected static JsonObject listMapOf(Map<String, List<String>> m) {
        LinkedHashMap<String, JsonValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : m.entrySet()) out.put(e.getKey(), JsonArray.ofStrings(e.getValue()));
        return JsonObject.of(out);
    }

    protected static JsonObject stringMapOf(Map<String, String> m) {
        LinkedHashMap<String, JsonValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : m.entrySet()) out.put(e.getKey(), e.getValue() == null ? JsonNull.INSTANCE : JsonString.of(e.getValue()));
        return JsonObject.of(out);
    }

    protected static List<String> distinct(Collection<String> ids) {
        LinkedHashSet<String> s = new LinkedHashSet<>();
        for (String id : ids) if (id != null) s.add(id);
        return List.copyOf(s);
    }

    protected static List<String> distinctOfLists(Collection<List<String>> lists) {
        LinkedHashSet<String> s = new LinkedHashSet<>();
        for (List<String> l : lists) s.addAll(l);
        return List.copyOf(s);
    }

    private StoreFormatException shape(String field, String expected, JsonValue got) {
        return new StoreFormatException("index struct " + struct.type() + " (" + data().getString("index_id") + "): field \"" + field
                + "\" should be " + expected + ", it is a JSON " + got.kind());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + indexId() + ", " + nodeCount() + " nodes]";
    }
}
