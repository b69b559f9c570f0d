package dev.storescope.inspect.diff;

import dev.storescope.graph_stores.LabelledNode;
import dev.storescope.graph_stores.Relation;
import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.graph_stores.SimplePropertyGraphStore;
import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.Restorable;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.chat_store.SimpleChatStore;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.docstore.StoredNode;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;
import dev.storescope.vector_stores.VectorEntry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Take this side": makes one item of an open {@link StorageContext} what it is in another
 * snapshot (a backup, an older commit, another dir), through the store APIs; an item the other
 * snapshot does not have is deleted. Values are copied as stored (a node keeps its stored hash).
 * Nothing is persisted: the caller saves, and {@link #affected} names the stores to snapshot
 * first (the GUI wraps this in an undoable job).
 * <ul>
 * <li>{@link ValueRef.DocNode}: the node's record and doc hash; it joins its ref doc's
 *     {@code node_ids} when the ref doc is there (removing uses {@code delete_document}).</li>
 * <li>{@link ValueRef.RefDoc}: the ref doc with its nodes: its record and hash, every node it lists
 *     (nodes it lists only here are deleted), and their vectors in every vector store.</li>
 * <li>{@link ValueRef.IndexStruct}, {@link ValueRef.KvEntry}, {@link ValueRef.Vector},
 *     {@link ValueRef.GraphSubject} (all its triplets), {@link ValueRef.Triplet}, {@link ValueRef.PropertyGraphNode},
 *     {@link ValueRef.PropertyGraphRelation} (taken when the other side has it), {@link ValueRef.ChatSession}
 *     and {@link ValueRef.ChatMessage} (the whole session).</li>
 * </ul>
 */
public final class TakeSide {
    private static final String DATA = "docstore/data";
    private static final String META = "docstore/metadata";
    private static final String REFS = "docstore/ref_doc_info";

    private TakeSide() {
    }

    /** The files whose stores {@link #apply} may change for {@code ref} (for an undoable job over those files). */
    public static List<String> affectedFiles(StorageContext into, ValueRef ref) {
        List<String> files = new ArrayList<>();
        List<Restorable> stores = affected(into, ref);
        for (dev.storescope.storage.PersistFile f : into.files()) {
            String n = f.name();
            Object store = into.kvStore(n).map(Object.class::cast).or(() -> into.vectorStoreFile(n).map(Object.class::cast)).orElse(null);
            if (store == null && n.equals(PersistDirScanner.GRAPH_STORE)) store = into.graphStore().orElse(null);
            if (store == null && n.equals(PersistDirScanner.PROPERTY_GRAPH_STORE)) store = into.propertyGraphStore().orElse(null);
            if (store == null && n.equals(PersistDirScanner.CHAT_STORE)) store = into.chatStore().orElse(null);
            if (store != null && stores.contains(store)) files.add(n);
        }
        return files;
    }

    /** The stores {@link #apply} may change for {@code ref}: save their state first to undo. */
    public static List<Restorable> affected(StorageContext into, ValueRef ref) {
        List<Restorable> l = new ArrayList<>();
        if (ref instanceof ValueRef.DocNode) {
            into.kvStore(PersistDirScanner.DOCSTORE).ifPresent(l::add);
        } else if (ref instanceof ValueRef.RefDoc) {
            into.kvStore(PersistDirScanner.DOCSTORE).ifPresent(l::add);
            l.addAll(into.vectorStores().values());
        } else if (ref instanceof ValueRef.IndexStruct) {
            into.kvStore(PersistDirScanner.INDEX_STORE).ifPresent(l::add);
        } else if (ref instanceof ValueRef.KvEntry k) {
            into.kvStore(k.file()).ifPresent(l::add);
        } else if (ref instanceof ValueRef.Vector v) {
            into.vectorStore(v.namespace()).ifPresent(l::add);
        } else if (ref instanceof ValueRef.GraphSubject || ref instanceof ValueRef.Triplet) {
            into.graphStore().ifPresent(l::add);
        } else if (ref instanceof ValueRef.PropertyGraphNode || ref instanceof ValueRef.PropertyGraphRelation) {
            into.propertyGraphStore().ifPresent(l::add);
        } else if (ref instanceof ValueRef.ChatSession || ref instanceof ValueRef.ChatMessage) {
            into.chatStore().ifPresent(l::add);
        }
        return l;
    }

    /**
     * Copies the item {@code ref} from {@code from} into {@code into}.
     *
     * @throws IllegalArgumentException      when {@code into} has no store for the item
     * @throws UnsupportedOperationException for a whole file (take the items inside it) and for
     *                                       removing a property-graph relation (the store has no such operation)
     */
    public static void apply(Snapshot from, StorageContext into, ValueRef ref) {
        if (ref instanceof ValueRef.DocNode d) node(from, into, d.nodeId());
        else if (ref instanceof ValueRef.RefDoc r) refDoc(from, into, r.refDocId());
        else if (ref instanceof ValueRef.IndexStruct i) entry(from, into, PersistDirScanner.INDEX_STORE, "index_store/data", i.indexId());
        else if (ref instanceof ValueRef.KvEntry k) entry(from, into, k.file(), k.collection(), k.key());
        else if (ref instanceof ValueRef.Vector v) vectors(from, into, v.namespace(), List.of(v.nodeId()));
        else if (ref instanceof ValueRef.GraphSubject g) subject(from, into, g.subject());
        else if (ref instanceof ValueRef.Triplet t) triplet(from, into, t);
        else if (ref instanceof ValueRef.PropertyGraphNode n) graphNode(from, into, n.id());
        else if (ref instanceof ValueRef.PropertyGraphRelation r) relation(from, into, r.key());
        else if (ref instanceof ValueRef.ChatSession c) chat(from, into, c.key());
        else if (ref instanceof ValueRef.ChatMessage c) chat(from, into, c.key());
        else if (ref instanceof ValueRef.File f) throw new UnsupportedOperationException("take the items of " + f.file() + " one by one (a whole file is not taken)");
    }

    private static SimpleKVStore kv(StorageContext ctx, String file) {
        return ctx.kvStore(file).orElseThrow(() -> new IllegalArgumentException(ctx.persistDir() + " has no " + file + " to take into"));
    }

    private static SimpleKVStore fromKv(Snapshot s, String file) {
        SimpleKVStore kv = s.store(file, SimpleKVStore.class);
        return kv != null ? kv : new SimpleKVStore();
    }

    private static void put(SimpleKVStore into, String collection, String key, JsonValue v) {
        if (v == null) into.delete(key, collection);
        else into.put(key, (JsonObject) v.resolve(), collection);
    }

    private static void entry(Snapshot from, StorageContext into, String file, String collection, String key) {
        put(kv(into, file), collection, key, fromKv(from, file).getRaw(key, collection));
    }

    private static void node(Snapshot from, StorageContext into, String id) {
        SimpleKVStore src = fromKv(from, PersistDirScanner.DOCSTORE);
        SimpleKVStore dst = kv(into, PersistDirScanner.DOCSTORE);
        JsonValue data = src.getRaw(id, DATA);
        if (data == null) {
            if (dst.containsKey(id, DATA)) into.docstore().orElseThrow().deleteDocument(id, false);
            put(dst, META, id, src.getRaw(id, META));
            return;
        }
        dst.put(id, (JsonObject) data.resolve(), DATA);
        put(dst, META, id, src.getRaw(id, META));
        String ref = StoredNode.fromEnvelope((JsonObject) data.resolve()).refDocId();
        if (ref == null) return;
        JsonObject info = dst.get(ref, REFS);
        if (info == null) return;
        RefDocInfo r = RefDocInfo.fromJson(info);
        if (!r.nodeIds().contains(id)) {
            List<String> ids = new ArrayList<>(r.nodeIds());
            ids.add(id);
            dst.put(ref, r.withNodeIds(ids).toJson(), REFS);
        }
    }

    private static void refDoc(Snapshot from, StorageContext into, String refDocId) {
        SimpleKVStore src = fromKv(from, PersistDirScanner.DOCSTORE);
        SimpleKVStore dst = kv(into, PersistDirScanner.DOCSTORE);
        SimpleDocumentStore docs = into.docstore().orElseThrow();
        JsonValue info = src.getRaw(refDocId, REFS);
        List<String> theirs = info == null ? List.of() : RefDocInfo.fromJson((JsonObject) info.resolve()).nodeIds();
        Set<String> ours = new LinkedHashSet<>(docs.refDocNodeIds(refDocId));
        ours.removeAll(theirs);
        for (String gone : ours) docs.deleteDocument(gone, false);
        for (String id : theirs) {
            put(dst, DATA, id, src.getRaw(id, DATA));
            put(dst, META, id, src.getRaw(id, META));
        }
        put(dst, REFS, refDocId, info);
        put(dst, META, refDocId, src.getRaw(refDocId, META));
        put(dst, DATA, refDocId, src.getRaw(refDocId, DATA));
        for (Map.Entry<String, SimpleVectorStore> e : into.vectorStores().entrySet()) {
            SimpleVectorStore mine = e.getValue();
            SimpleVectorStore other = vectorStoreOf(from, e.getKey());
            List<String> ids = new ArrayList<>(ours);
            ids.addAll(theirs);
            for (String id : mine.ids()) if (refDocId.equals(mine.refDocId(id)) && !ids.contains(id)) ids.add(id);
            if (other != null) for (String id : other.ids()) if (refDocId.equals(other.refDocId(id)) && !ids.contains(id)) ids.add(id);
            vectors(mine, other, ids);
        }
    }

    private static SimpleVectorStore vectorStoreOf(Snapshot s, String namespace) {
        for (String name : s.fileNames()) {
            SimpleVectorStore v = s.store(name, SimpleVectorStore.class);
            if (v != null && SnapshotDiff.namespace(name).equals(namespace)) return v;
        }
        return null;
    }

    private static void vectors(Snapshot from, StorageContext into, String namespace, List<String> ids) {
        SimpleVectorStore mine = into.vectorStore(namespace)
                .orElseThrow(() -> new IllegalArgumentException(into.persistDir() + " has no vector store " + namespace + " to take into"));
        vectors(mine, vectorStoreOf(from, namespace), ids);
    }

    private static void vectors(SimpleVectorStore mine, SimpleVectorStore other, List<String> ids) {
        List<String> drop = new ArrayList<>();
        List<VectorEntry> add = new ArrayList<>();
        for (String id : ids) {
            if (other == null || !other.contains(id)) {
                if (mine.contains(id)) drop.add(id);
                continue;
            }
            String ref = other.refDocId(id);
            add.add(new VectorEntry(id, other.getEmbedding(id), ref == null || ref.equals("None") ? null : ref, other.metadata(id)));
        }
        if (!drop.isEmpty()) mine.deleteNodes(drop, null);
        if (!add.isEmpty()) mine.add(add);
    }

    private static void subject(Snapshot from, StorageContext into, String subject) {
        SimpleGraphStore mine = into.graphStore().orElseThrow(() -> new IllegalArgumentException(into.persistDir() + " has no graph_store.json to take into"));
        SimpleGraphStore other = from.store(PersistDirScanner.GRAPH_STORE, SimpleGraphStore.class);
        List<List<String>> theirs = other == null ? List.of() : other.get(subject);
        for (List<String> p : new ArrayList<>(mine.get(subject))) if (!theirs.contains(p)) mine.delete(subject, p.get(0), p.get(1));
        for (List<String> p : theirs) mine.upsertTriplet(subject, p.get(0), p.get(1));
    }

    private static void triplet(Snapshot from, StorageContext into, ValueRef.Triplet t) {
        SimpleGraphStore mine = into.graphStore().orElseThrow(() -> new IllegalArgumentException(into.persistDir() + " has no graph_store.json to take into"));
        SimpleGraphStore other = from.store(PersistDirScanner.GRAPH_STORE, SimpleGraphStore.class);
        boolean theirs = other != null && other.get(t.subject()).contains(List.of(t.relation(), t.object()));
        if (theirs) mine.upsertTriplet(t.subject(), t.relation(), t.object());
        else mine.delete(t.subject(), t.relation(), t.object());
    }

    private static SimplePropertyGraphStore propertyGraph(StorageContext into) {
        return into.propertyGraphStore().orElseThrow(() -> new IllegalArgumentException(into.persistDir() + " has no property_graph_store.json to take into"));
    }

    private static void graphNode(Snapshot from, StorageContext into, String id) {
        SimplePropertyGraphStore mine = propertyGraph(into);
        SimplePropertyGraphStore other = from.store(PersistDirScanner.PROPERTY_GRAPH_STORE, SimplePropertyGraphStore.class);
        LabelledNode n = other == null ? null : other.node(id);
        if (n != null) mine.upsertNodes(List.of(n));
        else if (mine.node(id) != null) mine.delete(null, null, null, List.of(id));
    }

    private static void relation(Snapshot from, StorageContext into, String key) {
        SimplePropertyGraphStore mine = propertyGraph(into);
        SimplePropertyGraphStore other = from.store(PersistDirScanner.PROPERTY_GRAPH_STORE, SimplePropertyGraphStore.class);
        Relation r = other == null ? null : other.relation(key);
        if (r == null) {
            throw new UnsupportedOperationException("SimplePropertyGraphStore has no operation that deletes only the relation " + key
                    + " (Python's delete also removes its nodes); delete it in the inspector instead");
        }
        mine.upsertRelations(List.of(r));
    }

    private static void chat(Snapshot from, StorageContext into, String key) {
        SimpleChatStore mine = into.chatStore().orElseThrow(() -> new IllegalArgumentException(into.persistDir() + " has no chat_store.json to take into"));
        SimpleChatStore other = from.store(PersistDirScanner.CHAT_STORE, SimpleChatStore.class);
        if (other != null && other.getKeys().contains(key)) mine.setMessages(key, other.getMessages(key));
        else if (mine.getKeys().contains(key)) mine.deleteMessages(key);
    }
}
