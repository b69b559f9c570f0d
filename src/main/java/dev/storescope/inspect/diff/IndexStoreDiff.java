package dev.storescope.inspect.diff;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index structs of one collection ({@code index_store/data}), matched by index id: type, each
 * data field that differs, and the nodes that joined and left the index. The keyword tables of
 * {@code keyword_table} and {@code kg} structs are Python sets written in hash order, so they are
 * compared as keyword → set of node ids (a reordering is no change).
 */
final class IndexStoreDiff {
    private static final Set<String> SET_TABLE_TYPES = Set.of("keyword_table", "kg");

    private IndexStoreDiff() {
    }

    static void run(SimpleKVStore a, SimpleKVStore b, String collection, DiffCollector out) {
        out.counts(Kind.INDEX_STRUCT);
        Set<String> inB = new HashSet<>(b.keys(collection));
        long same = 0;
        for (String id : a.keys(collection)) {
            ValueRef ref = new ValueRef.IndexStruct(id);
            if (!inB.contains(id)) {
                out.change(Kind.INDEX_STRUCT, id, Status.REMOVED, List.of(), Map.of("nodes_before", nodeCount(a, id, collection)), ref);
                continue;
            }
            JsonValue va = a.getRaw(id, collection);
            JsonValue vb = b.getRaw(id, collection);
            if (RawEq.same(va, vb)) {
                same++;
                continue;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            List<String> fields = fields(va, vb, id, details);
            if (fields.isEmpty()) same++;
            else out.change(Kind.INDEX_STRUCT, id, Status.CHANGED, fields, details, ref);
        }
        out.unchanged(Kind.INDEX_STRUCT, same);
        Set<String> inA = new HashSet<>(a.keys(collection));
        for (String id : b.keys(collection)) {
            if (!inA.contains(id)) {
                out.change(Kind.INDEX_STRUCT, id, Status.ADDED, List.of(), Map.of("nodes_after", nodeCount(b, id, collection)), new ValueRef.IndexStruct(id));
            }
        }
    }

    private static IndexStruct struct(JsonValue v, String id) {
        return IndexStruct.fromJson((JsonObject) v.resolve(), id);
    }

    private static int nodeCount(SimpleKVStore s, String id, String collection) {
        try {
            return nodeIds(struct(s.getRaw(id, collection), id), StructData.of(s.getRaw(id, collection), id)).size();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static List<String> fields(JsonValue va, JsonValue vb, String id, Map<String, Object> details) {
        JsonObject ea = (JsonObject) va.resolve(); // an 8 MB __data__ string is decoded once per side
        JsonObject eb = (JsonObject) vb.resolve();
        IndexStruct a = IndexStruct.fromJson(ea, id);
        IndexStruct b = IndexStruct.fromJson(eb, id);
        StructData da = StructData.of(ea, id);
        StructData db = StructData.of(eb, id);
        List<String> f = new ArrayList<>();
        if (!a.type().equals(b.type())) f.add("type");
        if (a.dataForm() != b.dataForm()) f.add("__data__ form (" + a.dataForm() + " → " + b.dataForm() + ")");
        if (da == null || db == null) {
            if (!RawEq.same(va, vb)) f.add("__data__");
            return f;
        }
        Set<String> keys = new LinkedHashSet<>(da.fieldNames());
        keys.addAll(db.fieldNames());
        boolean setTables = SET_TABLE_TYPES.contains(a.type()) && a.type().equals(b.type());
        for (String k : keys) {
            JsonValue x = da.field(k);
            JsonValue y = db.field(k);
            if (RawEq.sameRaw(x, y)) continue;
            Map<String, JsonValue> ex = x == null ? null : da.entries(k);
            Map<String, JsonValue> ey = y == null ? null : db.entries(k);
            if (ex == null || ey == null) {
                if (!RawEq.same(x, y)) f.add(k);
                continue;
            }
            int plus = 0, minus = 0, changed = 0;
            for (Map.Entry<String, JsonValue> e : ex.entrySet()) {
                JsonValue other = ey.get(e.getKey());
                if (other == null) minus++;
                else if (!(setTables && k.equals("table") ? sameSet(e.getValue(), other) : RawEq.same(e.getValue(), other))) changed++;
            }
            for (String key : ey.keySet()) if (!ex.containsKey(key)) plus++;
            if (plus + minus + changed == 0) continue;
            f.add(k);
            details.put(k, "+" + plus + " -" + minus + " ~" + changed + " entries");
        }
        if (f.isEmpty()) return f;
        List<String> na = nodeIds(a, da);
        List<String> nb = nodeIds(b, db);
        Set<String> sa = new HashSet<>(na);
        Set<String> sb = new HashSet<>(nb);
        int left = 0;
        for (String n : sa) if (!sb.contains(n)) left++;
        int joined = 0;
        for (String n : sb) if (!sa.contains(n)) joined++;
        details.put("nodes_before", sa.size());
        details.put("nodes_after", sb.size());
        details.put("joined", joined);
        details.put("left", left);
        return f;
    }

    /** The node ids of a struct: for vector indexes the values of {@code nodes_dict} read raw, else by the typed view. */
    static List<String> nodeIds(IndexStruct s, StructData d) {
        if (d != null && (s.type().equals("vector_store") || s.type().equals("multimodal"))) return d.stringValues("nodes_dict");
        try {
            return s.nodeIds();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static boolean sameSet(JsonValue a, JsonValue b) {
        if (RawEq.same(a, b)) return true;
        if (!(a.resolve() instanceof JsonArray x) || !(b.resolve() instanceof JsonArray y)) return false;
        return new HashSet<>(x.values()).equals(new HashSet<>(y.values()));
    }
}
