package dev.storescope.inspect.edit;

import dev.storescope.graph_stores.LabelledNode;
import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.graph_stores.SimplePropertyGraphStore;
import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.LoadProblem;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.chat_store.ChatMessage;
import dev.storescope.storage.chat_store.SimpleChatStore;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.docstore.StoredNode;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.index_store.SimpleIndexStore;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;
import dev.storescope.vector_stores.VectorEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * What the editor shows for a {@link ValueRef} and the job that applies edited text through the
 * right store API: a KV entry via the KV store, a node via the document store (its
 * {@code docstore/metadata} hash kept in step, as {@code add_documents} does), an index struct via
 * the index store ({@code __data__} shown decoded, written back in the file's form), a vector via
 * SimpleVectorStore, a chat session or message via SimpleChatStore, a graph subject or triplet via
 * SimpleGraphStore, a property graph node via SimplePropertyGraphStore.
 */
public final class ValueEditor {
    /** Values longer than this many characters get a warning (an editor may want to open them read-only). */
    public static final int LARGE = 1_000_000;
    private final StorageContext ctx;

    public ValueEditor(StorageContext ctx) {
        this.ctx = ctx;
    }

    /** Checks editor text (Python's JSON grammar); for the as-you-type underline. */
    public JsonCheck validate(String text) {
        return JsonCheck.of(text);
    }

    /** Checks text and its shape for a ref (an object where an object is stored, …). */
    public JsonCheck validate(ValueRef ref, String text) {
        JsonCheck c = JsonCheck.of(text);
        if (!c.ok()) return c;
        String expected = expectedKind(ref);
        if (expected != null && !c.value().kind().equals(expected)) return JsonCheck.shape("expected a JSON " + expected + ", this is a JSON " + c.value().kind());
        return c;
    }

    private static String expectedKind(ValueRef ref) {
        if (ref instanceof ValueRef.GraphSubject || ref instanceof ValueRef.Triplet || ref instanceof ValueRef.ChatSession) return "array";
        if (ref instanceof ValueRef.File) return null;
        return "object";
    }

    /** The editor's second tab for a node: text, metadata, relationship links, embeddings, hashes. */
    public NodeDetails details(String nodeId) {
        return new NodeInspector(ctx).details(nodeId);
    }

    // ---- read ---------------------------------------------------------------------------------

    /** The value as the editor shows it. @throws NotFoundException when the item does not exist (any more) */
    public EditorValue read(ValueRef ref) {
        if (ref instanceof ValueRef.File f) return readFile(f.file());
        if (ref instanceof ValueRef.KvEntry e) {
            SimpleKVStore kv = ctx.kvStore(e.file()).orElseThrow(() -> new NotFoundException(e.file() + " is not loaded as a key-value store"));
            JsonObject v = kv.get(e.key(), e.collection());
            if (v == null) throw new NotFoundException(e.file() + ": no key " + e.key() + " in " + e.collection());
            List<String> warn = new ArrayList<>();
            if (e.file().equals(PersistDirScanner.DOCSTORE)) warn.add("Raw KV entry: Apply changes only this key; the document store's other collections are not updated.");
            return new EditorValue(ref, e.file() + " › " + e.collection() + " › " + e.key(), Json.show(v), true, null, warn);
        }
        if (ref instanceof ValueRef.DocNode d) return readNode(d);
        if (ref instanceof ValueRef.RefDoc r) {
            if (ctx.docstore().isEmpty()) {
                SimpleKVStore ts = ctx.kvStore(PersistDirScanner.TS_DOC_STORE).orElseThrow(() -> new NotFoundException("this dir has no document store"));
                JsonObject v = ts.get(r.refDocId(), "docstore/ref_doc_info");
                if (v == null) throw new NotFoundException("ref_doc_id " + r.refDocId() + " not found.");
                return new EditorValue(ref, "doc_store.json › docstore/ref_doc_info › " + r.refDocId(), Json.show(v), true,
                        "LlamaIndex.TS document store: edit the raw entry under Raw collections", List.of());
            }
            SimpleDocumentStore ds = docstore();
            JsonObject v = ds.kvstore().get(r.refDocId(), ds.refDocCollection());
            if (v == null) throw new NotFoundException("ref_doc_id " + r.refDocId() + " not found.");
            return new EditorValue(ref, "docstore.json › " + ds.refDocCollection() + " › " + r.refDocId(), Json.show(v), true, null,
                    List.of("The ref_doc_info record; Apply writes it as is (node records are not changed)."));
        }
        if (ref instanceof ValueRef.IndexStruct s) {
            IndexStruct st = indexStruct(s.indexId());
            JsonObject shown = JsonObject.builder().put(IndexStruct.TYPE_KEY, st.type()).put(IndexStruct.DATA_KEY, st.data()).build();
            String form = st.dataForm() == IndexStruct.DataForm.STRING ? "__data__ is stored as a JSON string; shown decoded, written back as a string" : "__data__ is stored as an object";
            String text = Json.show(shown);
            List<String> warn = new ArrayList<>(List.of(form));
            if (text.length() > LARGE) warn.add("Large value: " + String.format("%,d", text.length()) + " characters (" + String.format("%,d", st.nodeCount()) + " nodes).");
            return new EditorValue(ref, "index_store.json › index_store/data › " + s.indexId(), text, true, null, warn);
        }
        if (ref instanceof ValueRef.Vector v) {
            SimpleVectorStore store = vectorStore(v.namespace());
            if (!store.contains(v.nodeId())) throw new NotFoundException("vector " + v.nodeId() + " not found in namespace " + v.namespace());
            JsonObject md = store.metadata(v.nodeId());
            String refDoc = store.refDocId(v.nodeId());
            JsonObject shown = JsonObject.builder().put("embedding", Json.numbers(store.getEmbedding(v.nodeId())))
                    .put("ref_doc_id", refDoc == null ? JsonNull.INSTANCE : JsonString.of(refDoc))
                    .put("metadata", md == null ? JsonNull.INSTANCE : md).build();
            return new EditorValue(ref, v.namespace() + " vector store › " + v.nodeId(), Json.show(shown), true, null, List.of());
        }
        if (ref instanceof ValueRef.GraphSubject g) {
            SimpleGraphStore gs = graph();
            if (!gs.hasSubject(g.subject())) throw new NotFoundException("subject " + g.subject() + " not found");
            return new EditorValue(ref, "graph_store.json › graph_dict › " + g.subject(), Json.show(pairs(gs.get(g.subject()))), true, null,
                    List.of("New pairs are added at the end, removed ones where they are (SimpleGraphStore upsert_triplet / delete)."));
        }
        if (ref instanceof ValueRef.Triplet t) {
            if (!graph().get(t.subject()).contains(List.of(t.relation(), t.object()))) throw new NotFoundException("triplet not found: " + t);
            return new EditorValue(ref, "graph_store.json › graph_dict › " + t.subject(), Json.show(JsonArray.ofStrings(List.of(t.relation(), t.object()))), true, null,
                    List.of("[relation, object]; an edited pair moves to the end of the subject's list."));
        }
        if (ref instanceof ValueRef.PropertyGraphNode n) {
            LabelledNode node = propertyGraph().node(n.id());
            if (node == null) throw new NotFoundException("property graph node " + n.id() + " not found");
            return new EditorValue(ref, "property_graph_store.json › nodes › " + n.id(), Json.show(node.toJson()), true, null, List.of());
        }
        if (ref instanceof ValueRef.PropertyGraphRelation r) {
            var rel = propertyGraph().relation(r.key());
            if (rel == null) throw new NotFoundException("relation " + r.key() + " not found");
            return new EditorValue(ref, "property_graph_store.json › relations › " + r.key(), Json.show(rel.toJson()), true,
                    "SimplePropertyGraphStore has no call that changes a stored relation (upsert_relations keeps the existing one); delete and add it instead", List.of());
        }
        if (ref instanceof ValueRef.ChatSession s) {
            List<JsonValue> ms = new ArrayList<>();
            for (ChatMessage m : messages(s.key())) ms.add(m.toJson());
            return new EditorValue(ref, "chat_store.json › " + s.key(), Json.show(JsonArray.of(ms)), true, null, List.of());
        }
        if (ref instanceof ValueRef.ChatMessage m) {
            List<ChatMessage> ms = messages(m.key());
            if (m.index() < 0 || m.index() >= ms.size()) throw new NotFoundException("session " + m.key() + " has no message " + m.index());
            return new EditorValue(ref, "chat_store.json › " + m.key() + " › " + m.index(), Json.show(ms.get(m.index()).toJson()), true, null, List.of());
        }
        throw new IllegalArgumentException("unknown ref " + ref);
    }

    private EditorValue readFile(String file) {
        PersistFile f = ctx.files().stream().filter(x -> x.name().equals(file)).findFirst()
                .orElseThrow(() -> new NotFoundException("no file " + file + " in " + ctx.persistDir()));
        StringBuilder sb = new StringBuilder();
        sb.append(f.name()).append('\n').append(f.kind().description()).append(", ").append(f.size()).append(" bytes\n");
        String reason = "a whole file is edited through its items";
        for (LoadProblem p : ctx.problems()) {
            if (p.file().name().equals(file)) {
                sb.append("\nCould not be loaded (kept untouched):\n").append(p.message()).append('\n');
                reason = "the file could not be loaded, StoreScope keeps it untouched";
            }
        }
        for (String w : ctx.warnings()) if (w.startsWith(file + " ")) sb.append('\n').append(w).append('\n');
        if (ctx.pending().contains(f)) {
            sb.append("\nStill loading: its items are shown once it is read.\n");
            reason = "the file is still loading";
        }
        if (StoreStates.store(ctx, file).isEmpty() && reason.startsWith("a whole")) reason = "StoreScope does not model this file and copies it verbatim";
        return new EditorValue(new ValueRef.File(file), file, sb.toString(), false, reason, List.of());
    }

    private EditorValue readNode(ValueRef.DocNode d) {
        if (ctx.docstore().isEmpty()) {
            SimpleKVStore ts = ctx.kvStore(PersistDirScanner.TS_DOC_STORE).orElseThrow(() -> new NotFoundException("this dir has no document store"));
            JsonObject v = ts.get(d.nodeId(), "docstore/data");
            if (v == null) throw new NotFoundException("doc_id " + d.nodeId() + " not found.");
            return new EditorValue(d, "doc_store.json › docstore/data › " + d.nodeId(), Json.show(v), true,
                    "LlamaIndex.TS document store: its hashes follow TS rules StoreScope does not recompute; edit the raw entry under Raw collections", List.of());
        }
        SimpleDocumentStore ds = ctx.docstore().get();
        JsonObject env = ds.kvstore().get(d.nodeId(), ds.nodeCollection());
        if (env == null) throw new NotFoundException("doc_id " + d.nodeId() + " not found.");
        List<String> warn = new ArrayList<>();
        StoredNode n = StoredNode.fromEnvelope(env);
        if (n.storedHash() != null) warn.add("This record stores its own \"" + (n.era() == dev.storescope.storage.docstore.NodeEra.LEGACY ? "doc_hash" : "hash")
                + "\" field (older layout); Apply does not rewrite it, only docstore/metadata's doc_hash.");
        warn.add("Apply = add_documents(allow_update=True): docstore/metadata doc_hash is recomputed, ref_doc_info keeps listing the node.");
        return new EditorValue(d, "docstore.json › " + ds.nodeCollection() + " › " + d.nodeId(), Json.show(env), true, null, warn);
    }

    // ---- apply --------------------------------------------------------------------------------

    /**
     * The job that stores {@code text} for {@code ref} (not yet executed: push it on a
     * {@link JobManager}). The text is checked here; a bad value fails now with a clear message.
     *
     * @throws IllegalArgumentException for invalid JSON or a value the store cannot take
     * @throws IllegalStateException    for a read-only item
     * @throws NotFoundException        when the item does not exist
     */
    public Job apply(ValueRef ref, String text) {
        EditorValue current = read(ref);
        if (!current.editable()) throw new IllegalStateException("read-only: " + current.readOnlyReason());
        JsonValue v = Json.parse(text);
        if (ref instanceof ValueRef.KvEntry e) {
            JsonObject o = Json.object(v, "a key-value store value");
            SimpleKVStore kv = ctx.kvStore(e.file()).orElseThrow();
            return job("Edit " + e.key() + " in " + e.collection(), e.file(), () -> kv.put(e.key(), o, e.collection()));
        }
        if (ref instanceof ValueRef.DocNode d) {
            StoredNode n = StoredNode.fromEnvelope(Json.object(v, "a node record"));
            String id;
            try {
                id = n.id();
                n.kind();
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("not a node record {\"__data__\": {...}, \"__type__\": ...}: " + ex.getMessage(), ex);
            }
            if (!d.nodeId().equals(id)) throw new IllegalArgumentException("the node's id_ must stay " + d.nodeId() + " (it is " + id + ")");
            SimpleDocumentStore ds = docstore();
            return job("Edit node " + d.nodeId(), PersistDirScanner.DOCSTORE, () -> ds.addDocuments(List.of(n), true, 0, true));
        }
        if (ref instanceof ValueRef.RefDoc r) {
            JsonObject o = Json.object(v, "a ref_doc_info record");
            SimpleDocumentStore ds = docstore();
            return job("Edit ref doc " + r.refDocId(), PersistDirScanner.DOCSTORE, () -> ds.kvstore().put(r.refDocId(), o, ds.refDocCollection()));
        }
        if (ref instanceof ValueRef.IndexStruct s) return applyIndexStruct(s, Json.object(v, "an index struct"));
        if (ref instanceof ValueRef.Vector vr) {
            JsonObject o = Json.object(v, "a vector entry");
            double[] emb = Json.doubles(o.get("embedding") == null ? JsonNull.INSTANCE : o.get("embedding"), "embedding");
            JsonValue rd = o.get("ref_doc_id");
            String refDoc = rd == null || rd.isNull() ? null : Json.string(rd, "ref_doc_id");
            JsonValue md = o.get("metadata");
            JsonObject meta = md == null || md.isNull() ? null : Json.object(md, "metadata");
            for (String k : o.keys()) if (!List.of("embedding", "ref_doc_id", "metadata").contains(k)) throw new IllegalArgumentException("unknown field \"" + k + "\" (a vector entry has embedding, ref_doc_id, metadata)");
            SimpleVectorStore store = vectorStore(vr.namespace());
            return job("Edit vector " + vr.nodeId(), fileOf(store), () -> store.add(List.of(new VectorEntry(vr.nodeId(), emb, refDoc, meta))));
        }
        if (ref instanceof ValueRef.GraphSubject g) return applySubject(g.subject(), Json.array(v, "a subject's pairs"));
        if (ref instanceof ValueRef.Triplet t) {
            List<String> pair = pair(v, "the pair");
            SimpleGraphStore gs = graph();
            return job("Edit triplet " + t.subject() + " " + t.relation() + " " + t.object(), PersistDirScanner.GRAPH_STORE, () -> {
                gs.delete(t.subject(), t.relation(), t.object());
                gs.upsertTriplet(t.subject(), pair.get(0), pair.get(1));
            });
        }
        if (ref instanceof ValueRef.PropertyGraphNode n) {
            LabelledNode node;
            try {
                node = LabelledNode.fromJson(Json.object(v, "a property graph node"));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("not an EntityNode or ChunkNode: " + ex.getMessage(), ex);
            }
            if (!n.id().equals(node.id())) throw new IllegalArgumentException("the node's id must stay " + n.id() + " (it is " + node.id() + ")");
            SimplePropertyGraphStore pg = propertyGraph();
            return job("Edit node " + n.id(), PersistDirScanner.PROPERTY_GRAPH_STORE, () -> pg.upsertNodes(List.of(node)));
        }
        if (ref instanceof ValueRef.ChatSession s) {
            List<ChatMessage> ms = new ArrayList<>();
            JsonArray a = Json.array(v, "a chat session");
            for (int i = 0; i < a.size(); i++) ms.add(ChatMessage.fromJson(Json.object(a.get(i), "message " + i)));
            SimpleChatStore c = chat();
            return job("Edit session " + s.key(), PersistDirScanner.CHAT_STORE, () -> c.setMessages(s.key(), ms));
        }
        if (ref instanceof ValueRef.ChatMessage m) {
            ChatMessage msg = ChatMessage.fromJson(Json.object(v, "a chat message"));
            if (!(msg.toJson().get("role") instanceof JsonString)) throw new IllegalArgumentException("a chat message needs a \"role\" string");
            SimpleChatStore c = chat();
            return job("Edit message " + m.index() + " of " + m.key(), PersistDirScanner.CHAT_STORE, () -> {
                List<ChatMessage> ms = new ArrayList<>(c.getMessages(m.key()));
                ms.set(m.index(), msg);
                c.setMessages(m.key(), ms);
            });
        }
        throw new IllegalStateException("read-only: " + ref);
    }

    private Job applyIndexStruct(ValueRef.IndexStruct s, JsonObject o) {
        String type = Json.string(o.get(IndexStruct.TYPE_KEY), "\"" + IndexStruct.TYPE_KEY + "\"");
        JsonObject data = Json.object(o.get(IndexStruct.DATA_KEY) == null ? JsonNull.INSTANCE : o.get(IndexStruct.DATA_KEY), "\"" + IndexStruct.DATA_KEY + "\"");
        for (String k : o.keys()) if (!k.equals(IndexStruct.TYPE_KEY) && !k.equals(IndexStruct.DATA_KEY)) throw new IllegalArgumentException("unknown field \"" + k + "\" (an index struct has __type__ and __data__)");
        IndexStruct old = indexStruct(s.indexId());
        if (!s.indexId().equals(data.getString("index_id"))) throw new IllegalArgumentException("__data__.index_id must stay " + s.indexId());
        IndexStruct updated = type.equals(old.type()) ? old.withData(data) : IndexStruct.of(type, data, old.dataForm());
        SimpleIndexStore is = ctx.indexStore().orElseThrow();
        return job("Edit index struct " + s.indexId(), PersistDirScanner.INDEX_STORE, () -> {
            dev.storescope.inspect.DecodedStructs.remember(updated);
            is.addIndexStruct(updated);
        });
    }

    private Job applySubject(String subject, JsonArray a) {
        List<List<String>> wanted = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            List<String> p = pair(a.get(i), "pair " + i);
            if (wanted.contains(p)) throw new IllegalArgumentException("pair " + i + " " + p + " is listed twice; SimpleGraphStore keeps each pair once");
            wanted.add(p);
        }
        SimpleGraphStore gs = graph();
        List<List<String>> old = gs.get(subject);
        List<List<String>> result = new ArrayList<>(old);
        result.removeIf(p -> !wanted.contains(p));
        for (List<String> p : wanted) if (!result.contains(p)) result.add(p);
        if (!result.equals(wanted)) {
            throw new IllegalArgumentException("SimpleGraphStore cannot reorder a subject's pairs (upsert_triplet appends); keep the existing pairs in their order and add new ones at the end");
        }
        return job("Edit subject " + subject, PersistDirScanner.GRAPH_STORE, () -> {
            for (List<String> p : old) if (!wanted.contains(p)) gs.delete(subject, p.get(0), p.get(1));
            for (List<String> p : wanted) gs.upsertTriplet(subject, p.get(0), p.get(1));
        });
    }

    private static List<String> pair(JsonValue v, String what) {
        JsonArray a = Json.array(v, what);
        if (a.size() != 2) throw new IllegalArgumentException(what + " must be [relation, object], it has " + a.size() + " element(s)");
        return List.of(Json.string(a.get(0), what + "[0]"), Json.string(a.get(1), what + "[1]"));
    }

    private static JsonArray pairs(List<List<String>> pairs) {
        List<JsonValue> out = new ArrayList<>();
        for (List<String> p : pairs) out.add(JsonArray.ofStrings(p));
        return JsonArray.of(out);
    }

    private SnapshotJob job(String description, String file, Runnable action) {
        return new SnapshotJob(description, ctx, List.of(file), action);
    }

    // ---- store access -------------------------------------------------------------------------

    private SimpleDocumentStore docstore() {
        return ctx.docstore().orElseThrow(() -> new NotFoundException("this dir has no docstore.json"));
    }

    private IndexStruct indexStruct(String id) {
        SimpleIndexStore is = ctx.indexStore().orElseThrow(() -> new NotFoundException("this dir has no index_store.json"));
        IndexStruct s = dev.storescope.inspect.DecodedStructs.get(is.simpleKVStore(), is.collection(), id, "index_store.json " + id);
        if (s == null) throw new NotFoundException("index struct " + id + " not found");
        return s;
    }

    private SimpleVectorStore vectorStore(String ns) {
        return ctx.vectorStore(ns).orElseThrow(() -> new NotFoundException("no vector store for namespace " + ns));
    }

    private String fileOf(SimpleVectorStore store) {
        return StoreStates.fileOf(ctx, store);
    }

    private SimpleGraphStore graph() {
        return ctx.graphStore().orElseThrow(() -> new NotFoundException("this dir has no SimpleGraphStore graph_store.json"));
    }

    private SimplePropertyGraphStore propertyGraph() {
        return ctx.propertyGraphStore().orElseThrow(() -> new NotFoundException("this dir has no property_graph_store.json"));
    }

    private SimpleChatStore chat() {
        return ctx.chatStore().orElseThrow(() -> new NotFoundException("this dir has no SimpleChatStore chat_store.json"));
    }

    private List<ChatMessage> messages(String key) {
        SimpleChatStore c = chat();
        if (!c.getKeys().contains(key)) throw new NotFoundException("chat session " + key + " not found");
        return c.getMessages(key);
    }
}
