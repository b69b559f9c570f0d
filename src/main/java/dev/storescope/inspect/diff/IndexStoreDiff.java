package dev.storescope.inspect.diff;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import dev.storescope.json.Section;
import dev.storescope.json.SectionDiff;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.ArrayList;
import java.util.HashMap;
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
            if (RawEq.sameRaw(va, vb)) {
                same++;
                continue;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            List<String> fields = fields(va, vb, id, details); // no JSON equality first: that would parse both sides once more
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
            JsonValue v = s.getRaw(id, collection);
            StructData d = StructData.of(v, id); // from the bytes; the struct is parsed only when its type's ids need the typed view
            String type = d != null && d.type() != null ? d.type() : struct(v, id).type();
            return nodeIds(type, d, () -> struct(v, id)).size();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static List<String> fields(JsonValue va, JsonValue vb, String id, Map<String, Object> details) {
        StructData da = StructData.of(va, id); // from the bytes: an 8 MB __data__ string is not parsed as a value
        StructData db = StructData.of(vb, id, da);
        List<String> f = new ArrayList<>();
        if (da == null || db == null || da.type() == null || db.type() == null) {
            IndexStruct a = struct(va, id); // fails as loading would, with the reason
            IndexStruct b = struct(vb, id);
            if (!a.type().equals(b.type())) f.add("type");
            if (a.dataForm() != b.dataForm()) f.add("__data__ form (" + a.dataForm() + " → " + b.dataForm() + ")");
            if (!RawEq.same(va, vb)) f.add("__data__");
            return f;
        }
        String type = da.type();
        if (!type.equals(db.type())) f.add("type");
        if (da.form() != db.form()) f.add("__data__ form (" + da.form() + " → " + db.form() + ")");
        Set<String> keys = new LinkedHashSet<>(da.fieldNames());
        keys.addAll(db.fieldNames());
        boolean setTables = SET_TABLE_TYPES.contains(type) && type.equals(db.type());
        Map<String, Keyed> pairs = new HashMap<>();
        for (String k : keys) {
            JsonValue x = da.field(k);
            JsonValue y = db.field(k);
            if (RawEq.sameRaw(x, y)) continue;
            Section sx = x == null ? null : da.section(k);
            Section sy = y == null ? null : db.section(k);
            if (sx == null || sy == null) {
                if (!RawEq.same(x, y)) f.add(k);
                continue;
            }
            Keyed entries = Keyed.of(sx, sy);
            pairs.put(k, entries);
            boolean sets = setTables && k.equals("table");
            int minus = 0, changed = 0;
            for (String key : entries.keysA()) {
                if (entries.same(key)) continue;
                if (!entries.inB(key)) minus++;
                else if (!sets || !sameSet(entries.a(key), entries.b(key))) changed++;
            }
            int plus = entries.added().size();
            if (plus + minus + changed == 0) continue;
            f.add(k);
            details.put(k, "+" + plus + " -" + minus + " ~" + changed + " entries");
        }
        if (f.isEmpty()) return f;
        // nodes_dict's pairing from the loop above (none when its bytes are equal: then the whole sets are compared)
        if (!alignedMembership(type, db.type(), pairs.get("nodes_dict"), details)) membership(nodeIds(type, da, () -> struct(va, id)), nodeIds(db.type(), db, () -> struct(vb, id)), details);
        return f;
    }

    /** The node sets before and after, compared whole. */
    static void membership(List<String> na, List<String> nb, Map<String, Object> details) {
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
    }

    /**
     * {@link #membership} for two vector indexes whose {@code nodes_dict} B was scanned against A's:
     * the same counts from A's node ids and the entries that differ, without B's set. Entries equal
     * on both sides hold the same node id, so a node left only if every A entry naming it differs and
     * no differing B entry names it; a node joined if a differing B entry names it and A does not.
     * False when that does not apply (other types, or {@code nodesDict} not paired off the twin scan).
     */
    static boolean alignedMembership(String type, String typeB, Keyed nodesDict, Map<String, Object> details) {
        if (!(type.equals("vector_store") || type.equals("multimodal")) || !type.equals(typeB)) return false;
        if (!(nodesDict instanceof Keyed.Aligned aligned)) return false;
        SectionDiff d = aligned.d();
        if (d.valuesAreTheirKeysInA()) return keyedMembership(d, details);
        Map<String, Integer> countA = new HashMap<>();
        for (String k : d.keysA()) {
            String n = StructData.plainString(d.before(k));
            if (n != null) countA.merge(n, 1, Integer::sum);
        }
        Map<String, Integer> differingA = new HashMap<>();
        Set<String> differingB = new HashSet<>();
        for (String k : d.differing()) {
            String x = d.inA(k) ? StructData.plainString(d.before(k)) : null;
            String y = d.inB(k) ? StructData.plainString(d.after(k)) : null;
            if (x != null) differingA.merge(x, 1, Integer::sum);
            if (y != null) differingB.add(y);
        }
        int left = 0;
        for (Map.Entry<String, Integer> e : differingA.entrySet()) {
            if (e.getValue().equals(countA.get(e.getKey())) && !differingB.contains(e.getKey())) left++;
        }
        int joined = 0;
        for (String n : differingB) if (!countA.containsKey(n)) joined++;
        put(details, countA.size(), left, joined);
        return true;
    }

    /**
     * {@link #alignedMembership} where each A entry names its own key as node (the usual nodes_dict):
     * A's nodes are its keys, each named once, so no count of them is needed.
     */
    private static boolean keyedMembership(SectionDiff d, Map<String, Object> details) {
        Set<String> differingB = new HashSet<>();
        for (String k : d.differing()) {
            String y = d.inB(k) ? StructData.plainString(d.after(k)) : null;
            if (y != null) differingB.add(y);
        }
        int left = 0;
        for (String k : d.differing()) if (d.inA(k) && !differingB.contains(k)) left++;
        int joined = 0;
        for (String n : differingB) if (!d.inA(n)) joined++;
        put(details, d.keysA().size(), left, joined);
        return true;
    }

    private static void put(Map<String, Object> details, int before, int left, int joined) {
        details.put("nodes_before", before);
        details.put("nodes_after", before - left + joined);
        details.put("joined", joined);
        details.put("left", left);
    }

    /**
     * The node ids of a struct: for vector indexes the values of {@code nodes_dict} read raw, else by
     * the typed view (the struct parsed only then).
     */
    static List<String> nodeIds(String type, StructData d, java.util.function.Supplier<IndexStruct> s) {
        if (d != null && (type.equals("vector_store") || type.equals("multimodal"))) return d.stringValues("nodes_dict");
        try {
            return s.get().nodeIds();
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
