package dev.storescope.inspect.diff;

import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.graph_stores.SimplePropertyGraphStore;
import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonSource;
import dev.storescope.json.RawJson;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.chat_store.SimpleChatStore;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The semantic diff of two snapshots of a persist dir (old = A, new = B): file by file (in
 * parallel), each by the model of its store. A file present on one side only is a file change,
 * and its items count as added (or removed) against an empty store of its kind.
 */
public final class SnapshotDiff {
    private SnapshotDiff() {
    }

    public static DiffResult compare(Snapshot a, Snapshot b) {
        Set<String> names = new TreeSet<>(a.fileNames());
        names.addAll(b.fileNames());
        List<String> order = new ArrayList<>(names);
        order.sort(java.util.Comparator.comparingInt(SnapshotDiff::rank).thenComparing(n -> n));
        DiffCollector[] results = new DiffCollector[order.size()];
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) idx.add(i);
        idx.sort((x, y) -> Long.compare(size(a, b, order.get(y)), size(a, b, order.get(x))));
        Workers.run(idx, i -> results[i] = file(order.get(i), a.file(order.get(i)), b.file(order.get(i))));
        DiffResult r = new DiffResult(a.label(), b.label());
        for (DiffCollector c : results) r.merge(c);
        return r;
    }

    /** Files in the order people read a dir: document store, index store, vector stores, graphs, chat, the rest. */
    static int rank(String name) {
        if (name.equals(PersistDirScanner.DOCSTORE) || name.equals(PersistDirScanner.TS_DOC_STORE)) return 0;
        if (name.equals(PersistDirScanner.INDEX_STORE)) return 1;
        if (name.endsWith(PersistDirScanner.VECTOR_STORE_SUFFIX)) return name.startsWith("default") ? 2 : 3;
        if (name.equals(PersistDirScanner.GRAPH_STORE) || name.equals(PersistDirScanner.PROPERTY_GRAPH_STORE)) return 4;
        if (name.equals(PersistDirScanner.CHAT_STORE)) return 5;
        return 6;
    }

    private static long size(Snapshot a, Snapshot b, String name) {
        return Math.max(a.size(name), b.size(name));
    }

    static long length(Object o) {
        JsonSource s = sourceOf(o);
        return s == null ? 0 : s.length();
    }

    private static JsonSource sourceOf(Object o) {
        if (o instanceof Opaque op) return op.source();
        if (o instanceof SimpleKVStore kv) return kv.source();
        return null;
    }

    static DiffCollector file(String name, Object a, Object b) {
        DiffCollector out = new DiffCollector(name);
        out.counts(Kind.FILE);
        if (a == null || b == null) {
            Object present = a != null ? a : b;
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            if (present instanceof Opaque op && op.problem() != null) details.put(a == null ? "problem_after" : "problem_before", op.problem());
            out.change(Kind.FILE, name, a == null ? Status.ADDED : Status.REMOVED, List.of(), details, new ValueRef.File(name));
            Object empty = emptyLike(present);
            if (empty != null) stores(name, a != null ? a : empty, b != null ? b : empty, out);
            return out;
        }
        if (a instanceof Opaque || b instanceof Opaque || a.getClass() != b.getClass()) {
            opaque(name, a, b, out);
            return out;
        }
        stores(name, a, b, out);
        fileLevel(name, out);
        return out;
    }

    /** A modelled file is changed when an item in it is; the fields name the kinds that changed. */
    private static void fileLevel(String name, DiffCollector out) {
        Set<String> kinds = new LinkedHashSet<>();
        for (Change c : out.changes()) kinds.add(c.kind().summaryKey());
        if (kinds.isEmpty()) {
            out.unchanged(Kind.FILE, 1);
            return;
        }
        List<Change> items = new ArrayList<>(out.changes());
        out.changes().clear();
        out.change(Kind.FILE, name, Status.CHANGED, new ArrayList<>(kinds), Map.of(), new ValueRef.File(name));
        out.changes().addAll(items);
    }

    private static Object emptyLike(Object o) {
        if (o instanceof SimpleKVStore) return new SimpleKVStore();
        if (o instanceof SimpleVectorStore) return SimpleVectorStore.create();
        if (o instanceof SimpleGraphStore) return new SimpleGraphStore();
        if (o instanceof SimplePropertyGraphStore) return SimplePropertyGraphStore.create();
        if (o instanceof SimpleChatStore) return new SimpleChatStore();
        return null;
    }

    private static void stores(String name, Object a, Object b, DiffCollector out) {
        if (a instanceof SimpleKVStore ka) kv(name, ka, (SimpleKVStore) b, out);
        else if (a instanceof SimpleVectorStore va) VectorStoreDiff.run(va, (SimpleVectorStore) b, namespace(name), out);
        else if (a instanceof SimpleGraphStore ga) GraphStoreDiff.run(ga, (SimpleGraphStore) b, out);
        else if (a instanceof SimplePropertyGraphStore pa) GraphStoreDiff.run(pa, (SimplePropertyGraphStore) b, out);
        else if (a instanceof SimpleChatStore ca) ChatStoreDiff.run(ca, (SimpleChatStore) b, out);
    }

    /** The namespace of a vector store file as LlamaIndex names it ({@code vector_store.json} serves as {@code default}). */
    static String namespace(String fileName) {
        if (fileName.equals(PersistDirScanner.VECTOR_STORE_SUFFIX)) return "default";
        int i = fileName.indexOf(PersistDirScanner.NAMESPACE_SEP);
        return i < 0 ? fileName : fileName.substring(0, i);
    }

    /** A key-value file: document store namespaces, index store collections, other collections as JSON. */
    private static void kv(String name, SimpleKVStore a, SimpleKVStore b, DiffCollector out) {
        Set<String> cols = new LinkedHashSet<>(a.collectionNames());
        cols.addAll(b.collectionNames());
        Set<String> done = new HashSet<>();
        boolean docstore = name.equals(PersistDirScanner.DOCSTORE) || name.equals(PersistDirScanner.TS_DOC_STORE);
        boolean indexStore = name.equals(PersistDirScanner.INDEX_STORE);
        for (String c : cols) {
            if (!c.endsWith("/data")) continue;
            String ns = c.substring(0, c.length() - "/data".length());
            if (docstore) {
                new DocstoreDiff(a, b, ns, out).run();
                done.addAll(DocstoreDiff.collections(ns));
            } else if (indexStore) {
                IndexStoreDiff.run(a, b, c, out);
                done.add(c);
            }
        }
        for (String c : cols) if (!done.contains(c)) GenericDiff.collection(a, b, c, out);
    }

    /** Files not held as stores (or held as different things): equal bytes, else JSON per top-level key, else just "changed". */
    private static void opaque(String name, Object a, Object b, DiffCollector out) {
        JsonSource sa = sourceOf(a);
        JsonSource sb = sourceOf(b);
        if (sa != null && sb != null && sa.length() == sb.length() && sa.buffer0().mismatch(sb.buffer0()) == -1) {
            out.unchanged(Kind.FILE, 1);
            return;
        }
        JsonDocument da = sa == null ? null : tryLoad(sa);
        JsonDocument db = sb == null ? null : tryLoad(sb);
        List<String> fields = new ArrayList<>();
        java.util.LinkedHashMap<String, Object> details = new java.util.LinkedHashMap<>();
        if (sa != null) details.put("size_before", (long) sa.length());
        if (sb != null) details.put("size_after", (long) sb.length());
        if (a instanceof Opaque oa && oa.problem() != null) details.put("problem_before", oa.problem());
        if (b instanceof Opaque ob && ob.problem() != null) details.put("problem_after", ob.problem());
        if (da != null && db != null) {
            Set<String> keys = new LinkedHashSet<>(da.names());
            keys.addAll(db.names());
            DiffCollector entries = new DiffCollector(name);
            for (String k : keys) GenericDiff.entry(entries, k, da.has(k) ? da.get(k) : null, db.has(k) ? db.get(k) : null, new ValueRef.File(name));
            for (Change c : entries.changes()) fields.add(c.status() == Status.CHANGED ? c.id() : (c.status() == Status.ADDED ? "+" : "-") + c.id());
            if (fields.isEmpty()) {
                out.unchanged(Kind.FILE, 1); // same JSON, other bytes (style, key order)
                return;
            }
            out.change(Kind.FILE, name, Status.CHANGED, fields, details, new ValueRef.File(name));
            out.merge(entries);
            return;
        }
        out.change(Kind.FILE, name, Status.CHANGED, fields, details, new ValueRef.File(name));
    }

    private static JsonDocument tryLoad(JsonSource s) {
        try {
            return JsonDocument.load(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static List<Change> sorted(List<Change> l) {
        return Collections.unmodifiableList(l);
    }
}
