package dev.storescope.inspect.edit;

import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.Restorable;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.index_store.SimpleIndexStore;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes with a preview. A node goes the way LlamaIndex's {@code index.delete_nodes} takes it
 * (vectors, index structs, then {@code docstore.delete_document}); a ref doc the way
 * {@code index.delete_ref_doc(delete_from_docstore=True)} does (vector_store.delete(ref_doc_id),
 * the ref doc's node ids out of every index struct, {@code docstore.delete_ref_doc}). Also an index
 * struct, a vector, a chat session or message, a graph subject or triplet, a plain KV key.
 * <p>
 * {@link #preview} runs the delete and undoes it at once (same thread; the stores are back to the
 * same state, their revision counters moved), listing every key it changed.
 */
public final class Deletes {
    private final StorageContext ctx;

    public Deletes(StorageContext ctx) {
        this.ctx = ctx;
    }

    private record Plan(String description, List<String> files, Runnable action, List<String> notes) {
    }

    /** Every key in every file the delete changes, exactly. @throws NotFoundException when the item does not exist */
    public DeletePlan preview(ValueRef ref) {
        Plan p = plan(ref);
        Map<Restorable, Object> saved = StoreStates.save(ctx, p.files());
        List<StoreView> before = new ArrayList<>();
        for (String f : p.files()) before.add(StoreView.capture(ctx, f));
        List<Change> changes = new ArrayList<>();
        try {
            p.action().run();
            for (int i = 0; i < p.files().size(); i++) changes.addAll(StoreView.capture(ctx, p.files().get(i)).changesSince(before.get(i)));
        } finally {
            StoreStates.restore(saved);
        }
        return new DeletePlan(ref, p.description(), changes, p.notes());
    }

    /** The delete as an undoable job (push it on a {@link JobManager}). */
    public Job delete(ValueRef ref) {
        Plan p = plan(ref);
        return new SnapshotJob(p.description(), ctx, p.files(), p.action());
    }

    /** True when {@link #delete} supports this kind of ref. */
    public static boolean canDelete(ValueRef ref) {
        return !(ref instanceof ValueRef.File) && !(ref instanceof ValueRef.PropertyGraphNode) && !(ref instanceof ValueRef.PropertyGraphRelation);
    }

    private Plan plan(ValueRef ref) {
        if (ref instanceof ValueRef.DocNode d) return nodePlan(d.nodeId());
        if (ref instanceof ValueRef.RefDoc r) return refDocPlan(r.refDocId());
        if (ref instanceof ValueRef.IndexStruct s) {
            SimpleIndexStore is = ctx.indexStore().orElseThrow(() -> new NotFoundException("this dir has no index_store.json"));
            if (is.getIndexStruct(s.indexId()) == null) throw new NotFoundException("index struct " + s.indexId() + " not found");
            return new Plan("Delete index struct " + s.indexId(), List.of(PersistDirScanner.INDEX_STORE), () -> is.deleteIndexStruct(s.indexId()),
                    List.of("Nodes stay in the document store and the vector store."));
        }
        if (ref instanceof ValueRef.KvEntry e) {
            var kv = ctx.kvStore(e.file()).orElseThrow(() -> new NotFoundException(e.file() + " is not loaded as a key-value store"));
            if (!kv.containsKey(e.key(), e.collection())) throw new NotFoundException(e.file() + ": no key " + e.key() + " in " + e.collection());
            return new Plan("Delete key " + e.key() + " from " + e.collection(), List.of(e.file()), () -> kv.delete(e.key(), e.collection()),
                    List.of("Only this key; related records in other collections and files are not touched."));
        }
        if (ref instanceof ValueRef.Vector v) {
            SimpleVectorStore store = ctx.vectorStore(v.namespace()).orElseThrow(() -> new NotFoundException("no vector store for namespace " + v.namespace()));
            if (!store.contains(v.nodeId())) throw new NotFoundException("vector " + v.nodeId() + " not found in namespace " + v.namespace());
            return new Plan("Delete vector " + v.nodeId(), List.of(fileOf(store)), () -> store.deleteNodes(List.of(v.nodeId()), null), List.of());
        }
        if (ref instanceof ValueRef.ChatSession s) {
            var chat = ctx.chatStore().orElseThrow(() -> new NotFoundException("this dir has no chat_store.json"));
            if (!chat.getKeys().contains(s.key())) throw new NotFoundException("chat session " + s.key() + " not found");
            return new Plan("Delete chat session " + s.key(), List.of(PersistDirScanner.CHAT_STORE), () -> chat.deleteMessages(s.key()), List.of());
        }
        if (ref instanceof ValueRef.ChatMessage m) {
            var chat = ctx.chatStore().orElseThrow(() -> new NotFoundException("this dir has no chat_store.json"));
            if (m.index() < 0 || m.index() >= chat.getMessages(m.key()).size()) throw new NotFoundException("session " + m.key() + " has no message " + m.index());
            return new Plan("Delete message " + m.index() + " of " + m.key(), List.of(PersistDirScanner.CHAT_STORE), () -> chat.deleteMessage(m.key(), m.index()), List.of());
        }
        if (ref instanceof ValueRef.GraphSubject g) {
            var gs = ctx.graphStore().orElseThrow(() -> new NotFoundException("this dir has no graph_store.json"));
            if (!gs.hasSubject(g.subject())) throw new NotFoundException("subject " + g.subject() + " not found");
            return new Plan("Delete subject " + g.subject(), List.of(PersistDirScanner.GRAPH_STORE), () -> {
                for (List<String> p : gs.get(g.subject())) gs.delete(g.subject(), p.get(0), p.get(1));
            }, List.of("Triplets whose object is this subject stay."));
        }
        if (ref instanceof ValueRef.Triplet t) {
            var gs = ctx.graphStore().orElseThrow(() -> new NotFoundException("this dir has no graph_store.json"));
            if (!gs.get(t.subject()).contains(List.of(t.relation(), t.object()))) throw new NotFoundException("triplet not found: " + t);
            return new Plan("Delete triplet " + t.subject() + " " + t.relation() + " " + t.object(), List.of(PersistDirScanner.GRAPH_STORE),
                    () -> gs.delete(t.subject(), t.relation(), t.object()), List.of());
        }
        throw new IllegalArgumentException("cannot delete " + ref);
    }

    private Plan nodePlan(String nodeId) {
        SimpleDocumentStore ds = ctx.docstore().orElseThrow(() -> new NotFoundException("this dir has no docstore.json"));
        if (!ds.documentExists(nodeId)) throw new NotFoundException("doc_id " + nodeId + " not found.");
        List<String> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<SimpleVectorStore> vectors = vectorStoresWith(Set.of(nodeId), files, notes);
        List<String> structs = structsListing(Set.of(nodeId), files);
        files.add(PersistDirScanner.DOCSTORE);
        return new Plan("Delete node " + nodeId, files, () -> {
            for (SimpleVectorStore v : vectors) v.deleteNodes(List.of(nodeId), null);
            removeFromStructs(structs, List.of(nodeId));
            ds.deleteDocument(nodeId);
        }, notes);
    }

    private Plan refDocPlan(String refDocId) {
        SimpleDocumentStore ds = ctx.docstore().orElseThrow(() -> new NotFoundException("this dir has no docstore.json"));
        if (!ds.refDocExists(refDocId)) throw new NotFoundException("ref_doc_id " + refDocId + " not found.");
        List<String> nodeIds = ds.refDocNodeIds(refDocId);
        List<String> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<SimpleVectorStore> vectors = new ArrayList<>();
        for (Map.Entry<String, SimpleVectorStore> e : ctx.vectorStores().entrySet()) {
            SimpleVectorStore v = e.getValue();
            boolean any = false;
            for (String id : v.ids()) {
                if (refDocId.equals(v.refDocId(id))) {
                    any = true;
                    break;
                }
            }
            if (any) {
                vectors.add(v);
                files.add(fileOf(v));
            }
            if (v.hasLegacyDocIdKey()) notes.add(fileOf(v) + " keeps ref doc ids in the legacy text_id_to_doc_id map; LlamaIndex (and this delete) finds nothing there");
        }
        List<String> structs = structsListing(new LinkedHashSet<>(nodeIds), files);
        files.add(PersistDirScanner.DOCSTORE);
        return new Plan("Delete ref doc " + refDocId + " (" + nodeIds.size() + " node(s))", files, () -> {
            for (SimpleVectorStore v : vectors) v.delete(refDocId);
            removeFromStructs(structs, nodeIds);
            ds.deleteRefDoc(refDocId);
        }, notes);
    }

    private List<SimpleVectorStore> vectorStoresWith(Set<String> ids, List<String> files, List<String> notes) {
        List<SimpleVectorStore> out = new ArrayList<>();
        for (SimpleVectorStore v : ctx.vectorStores().values()) {
            boolean has = ids.stream().anyMatch(v::contains);
            if (!has) continue;
            boolean refs = ids.stream().filter(v::contains).allMatch(id -> v.refDocId(id) != null);
            if (!refs) {
                notes.add(fileOf(v) + " has no text_id_to_ref_doc_id entry for the node: LlamaIndex raises KeyError there; its vector is kept");
                continue;
            }
            out.add(v);
            files.add(fileOf(v));
        }
        return out;
    }

    private List<String> structsListing(Set<String> ids, List<String> files) {
        List<String> out = new ArrayList<>();
        if (ctx.indexStore().isEmpty()) return out;
        for (String key : ctx.kvStore(PersistDirScanner.INDEX_STORE).orElseThrow().keys(ctx.indexStore().get().collection())) {
            IndexStruct s = ctx.indexStore().get().getIndexStruct(key);
            if (s != null && s.nodeIds().stream().anyMatch(ids::contains)) out.add(key);
        }
        if (!out.isEmpty()) files.add(PersistDirScanner.INDEX_STORE);
        return out;
    }

    private void removeFromStructs(List<String> structKeys, List<String> nodeIds) {
        SimpleIndexStore is = ctx.indexStore().orElse(null);
        if (is == null) return;
        for (String key : structKeys) {
            IndexStruct s = is.getIndexStruct(key);
            var view = s.view();
            for (String id : nodeIds) view = view.withoutNodeId(id);
            if (view.struct() != s) is.addIndexStruct(view.struct());
        }
    }

    private String fileOf(SimpleVectorStore store) {
        for (PersistFile f : ctx.files()) if (ctx.vectorStoreFile(f.name()).map(s -> s == store).orElse(false)) return f.name();
        throw new IllegalStateException("vector store without a file");
    }
}
