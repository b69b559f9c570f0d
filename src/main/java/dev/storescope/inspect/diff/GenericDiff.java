package dev.storescope.inspect.diff;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What StoreScope does not model, compared as JSON: one entry per key, with the paths that differ. */
final class GenericDiff {
    private GenericDiff() {
    }

    /** One entry (either side may be null: added or removed). */
    static void entry(DiffCollector out, String id, JsonValue a, JsonValue b, ValueRef ref) {
        if (a == null && b == null) return;
        if (a == null) out.change(Kind.ENTRY, id, Status.ADDED, ref);
        else if (b == null) out.change(Kind.ENTRY, id, Status.REMOVED, ref);
        else if (RawEq.same(a, b)) out.unchanged(Kind.ENTRY, 1);
        else out.change(Kind.ENTRY, id, Status.CHANGED, paths(a, b), Map.of(), ref);
    }

    /** The differing paths, without their +/-/~ marks for a change of the value itself ({@code value}). */
    static List<String> paths(JsonValue a, JsonValue b) {
        List<String> l = new java.util.ArrayList<>();
        for (String p : JsonTreeDiff.paths("", a, b)) {
            String s = p.startsWith("…") ? p : p.charAt(0) == '~' ? p.substring(1) : p;
            l.add(s.isEmpty() ? "value" : s);
        }
        return l;
    }

    /** Every key of a KV collection StoreScope does not model. */
    static void collection(SimpleKVStore a, SimpleKVStore b, String collection, DiffCollector out) {
        out.counts(Kind.ENTRY);
        Set<String> inA = new HashSet<>(a.keys(collection));
        for (String k : a.keys(collection)) {
            entry(out, collection + "/" + k, a.getRaw(k, collection), b.getRaw(k, collection), new ValueRef.KvEntry(out.store(), collection, k));
        }
        for (String k : b.keys(collection)) {
            if (!inA.contains(k)) entry(out, collection + "/" + k, null, b.getRaw(k, collection), new ValueRef.KvEntry(out.store(), collection, k));
        }
    }
}
