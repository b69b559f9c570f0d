package dev.storescope.inspect.diff;

import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.chat_store.ChatMessage;
import dev.storescope.storage.chat_store.SimpleChatStore;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.index_store.SimpleIndexStore;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;
import dev.storescope.vector_stores.VectorEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One kind of change at a time, made through the store APIs on a copy of a generated dir. */
class HandMadeDiffTest {
    static final String DATA = "docstore/data";
    static final String META = "docstore/metadata";
    static final String REFS = "docstore/ref_doc_info";

    @TempDir
    Path tmp;

    static SimpleKVStore docKv(StorageContext ctx) {
        return ctx.kvStore("docstore.json").orElseThrow();
    }

    static String refDoc(StorageContext ctx, int i) {
        return docKv(ctx).keys(REFS).get(i);
    }

    static List<String> nodesOf(StorageContext ctx, String ref) {
        return RefDocInfo.fromJson(docKv(ctx).get(ref, REFS)).nodeIds();
    }

    static JsonObject withData(JsonObject envelope, String key, JsonValue v) {
        JsonObject data = envelope.getObject("__data__").orElseThrow();
        return envelope.with("__data__", data.with(key, v));
    }

    static List<Change> of(DiffResult r, Kind k) {
        List<Change> l = new ArrayList<>();
        for (Change c : r.changes()) if (c.kind() == k) l.add(c);
        return l;
    }

    @Test
    void aNodeUnderANewIdIsAReId() throws Exception {
        String[] ids = new String[2];
        DiffResult r = new DirPair(tmp).edit(ctx -> {
            SimpleKVStore kv = docKv(ctx);
            String ref = refDoc(ctx, 4);
            String old = nodesOf(ctx, ref).get(0);
            String neu = "renamed-" + old;
            ids[0] = old;
            ids[1] = neu;
            kv.put(neu, withData(kv.get(old, DATA), "id_", JsonString.of(neu)), DATA);
            kv.put(neu, kv.get(old, META), META);
            kv.delete(old, DATA);
            kv.delete(old, META);
            List<String> nodes = new ArrayList<>(nodesOf(ctx, ref));
            nodes.set(0, neu);
            kv.put(ref, RefDocInfo.fromJson(kv.get(ref, REFS)).withNodeIds(nodes).toJson(), REFS);
        }).diff();
        Counts n = r.counts(Kind.NODE);
        assertEquals(1, n.reId());
        assertEquals(0, n.added() + n.removed() + n.changed());
        Change c = of(r, Kind.NODE).get(0);
        assertEquals(Status.RE_ID, c.status());
        assertEquals(ids[1], c.id());
        assertEquals(ids[0], c.details().get("old_id"));
        assertEquals(List.of(), c.fields());
        Change ref = of(r, Kind.REF_DOC).get(0);
        assertEquals(List.of("node_ids"), ref.fields());
    }

    @Test
    void deletingANodeReChunksItsRefDoc() throws Exception {
        DiffResult r = new DirPair(tmp).edit(ctx -> {
            SimpleDocumentStore docs = ctx.docstore().orElseThrow();
            docs.deleteDocument(nodesOf(ctx, refDoc(ctx, 7)).get(1));
        }).diff();
        assertEquals(1, r.counts(Kind.NODE).removed());
        assertEquals(0, r.counts(Kind.NODE).added());
        Change ref = of(r, Kind.REF_DOC).get(0);
        assertEquals(Status.CHANGED, ref.status());
        assertEquals(List.of("node_ids"), ref.fields());
        assertEquals(true, ref.details().get("re_chunked"));
        assertEquals(2, ref.details().get("nodes_before"));
        assertEquals(1, ref.details().get("nodes_after"));
    }

    @Test
    void aMetadataOnlyEditNamesTheKey() throws Exception {
        DiffResult r = new DirPair(tmp).edit(ctx -> {
            SimpleKVStore kv = docKv(ctx);
            String id = nodesOf(ctx, refDoc(ctx, 2)).get(0);
            JsonObject env = kv.get(id, DATA);
            JsonObject md = env.getObject("__data__").orElseThrow().getObject("metadata").orElseThrow();
            kv.put(id, withData(env, "metadata", md.with("file_size", dev.storescope.json.JsonNumber.of(1))), DATA);
            String other = nodesOf(ctx, refDoc(ctx, 3)).get(1);
            kv.put(other, withData(kv.get(other, DATA), "text", JsonString.of("new text")), DATA);
            String third = nodesOf(ctx, refDoc(ctx, 5)).get(0);
            JsonObject env3 = kv.get(third, DATA);
            JsonObject rels = env3.getObject("__data__").orElseThrow().getObject("relationships").orElseThrow();
            JsonObject next = rels.getObject("3").orElseThrow().with("hash", "0000");
            kv.put(third, withData(env3, "relationships", rels.with("3", next)), DATA);
        }).diff();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Change c : of(r, Kind.NODE)) fields.put(c.id(), c.fields());
        assertEquals(3, r.counts(Kind.NODE).changed());
        assertTrue(fields.containsValue(List.of("metadata.file_size")), fields.toString());
        assertTrue(fields.containsValue(List.of("text")), fields.toString());
        assertTrue(fields.containsValue(List.of("relationships.NEXT")), fields.toString());
        assertEquals(0, r.counts(Kind.REF_DOC).changed());
    }

    @Test
    void embeddingDriftIsACosine() throws Exception {
        double[] expected = new double[1];
        DiffResult r = new DirPair(tmp).edit(ctx -> {
            SimpleVectorStore v = ctx.vectorStore("default").orElseThrow();
            String id = v.ids().get(10);
            double[] e = v.getEmbedding(id);
            double[] f = e.clone();
            f[0] += 0.05;
            f[2] -= 0.03;
            double dot = 0, ne = 0, nf = 0;
            for (int i = 0; i < e.length; i++) {
                dot += e[i] * f[i];
                ne += e[i] * e[i];
                nf += f[i] * f[i];
            }
            expected[0] = dot / Math.sqrt(ne * nf);
            v.add(List.of(new VectorEntry(id, f, v.refDocId(id), v.metadata(id))));
            v.deleteNodes(List.of(v.ids().get(20)), null);
            v.add(List.of(new VectorEntry("extra-vector", e, "None", JsonObject.EMPTY)));
        }).diff();
        Counts c = r.counts(Kind.VECTOR);
        assertEquals(1, c.changed());
        assertEquals(1, c.added());
        assertEquals(1, c.removed());
        Change ch = of(r, Kind.VECTOR).stream().filter(x -> x.status() == Status.CHANGED).findFirst().orElseThrow();
        assertEquals(List.of("embedding"), ch.fields());
        assertEquals(expected[0], (Double) ch.details().get("cosine"), 1e-6);
        assertTrue(expected[0] < 0.999);
    }

    @Test
    void nodesJoinAndLeaveAnIndexAndKeywordSetsIgnoreOrder() throws Exception {
        DiffResult r = new DirPair(tmp).edit(ctx -> {
            SimpleIndexStore idx = ctx.indexStore().orElseThrow();
            for (IndexStruct s : idx.indexStructs()) {
                if (s.type().equals("list")) {
                    List<String> nodes = new ArrayList<>(s.data().getArray("nodes").orElseThrow().strings());
                    nodes.remove(3);
                    nodes.add("joined-node");
                    idx.addIndexStruct(s.withData(s.data().with("nodes", JsonArray.ofStrings(nodes))));
                } else if (s.type().equals("keyword_table")) {
                    JsonObject.Builder t = JsonObject.builder();
                    for (Map.Entry<String, JsonValue> e : s.data().getObject("table").orElseThrow().rawMembers().entrySet()) {
                        List<String> ids = new ArrayList<>(((JsonArray) e.getValue().resolve()).strings());
                        Collections.reverse(ids);
                        t.put(e.getKey(), JsonArray.ofStrings(ids));
                    }
                    idx.addIndexStruct(s.withData(s.data().with("table", t.build())));
                }
            }
        }).diff();
        Counts c = r.counts(Kind.INDEX_STRUCT);
        assertEquals(1, c.changed());
        assertEquals(2, c.unchanged()); // the vector index and the reordered keyword table
        Change ch = of(r, Kind.INDEX_STRUCT).get(0);
        assertEquals(List.of("nodes"), ch.fields());
        assertEquals(1, ch.details().get("joined"));
        assertEquals(1, ch.details().get("left"));
    }

    @Test
    void triplets() throws Exception {
        DiffResult r = new DirPair(tmp).edit(ctx -> {
            SimpleGraphStore g = ctx.graphStore().orElseThrow();
            String s = g.getAllSubjects().get(0);
            List<List<String>> pairs = new ArrayList<>(g.get(s));
            for (List<String> p : pairs) g.delete(s, p.get(0), p.get(1));
            for (List<String> p : pairs) g.upsertTriplet(s, p.get(0), p.get(1)); // the subject moves to the end: same set
            String s2 = g.getAllSubjects().get(0);
            List<String> gone = g.get(s2).get(0);
            g.delete(s2, gone.get(0), gone.get(1));
            g.upsertTriplet("New entity", "knows", "Entity 1");
        }).diff();
        Counts c = r.counts(Kind.TRIPLET);
        assertEquals(1, c.added());
        assertEquals(1, c.removed());
        assertEquals("New entity | knows | Entity 1", of(r, Kind.TRIPLET).stream().filter(x -> x.status() == Status.ADDED).findFirst().orElseThrow().id());
    }

    @Test
    void aMessageInsertedMidSessionIsOneAddedMessage() throws Exception {
        DiffResult r = new DirPair(tmp).edit(ctx -> {
            SimpleChatStore chat = ctx.chatStore().orElseThrow();
            String key = chat.getKeys().get(0);
            chat.addMessage(key, ChatMessage.user("inserted"), 1);
            String other = chat.getKeys().get(1);
            List<ChatMessage> m = new ArrayList<>(chat.getMessages(other));
            m.set(3, ChatMessage.assistant("rewritten"));
            chat.setMessages(other, m);
        }).diff();
        Counts msgs = r.counts(Kind.CHAT_MESSAGE);
        assertEquals(1, msgs.added());
        assertEquals(1, msgs.changed());
        assertEquals(0, msgs.removed());
        assertEquals(2, r.counts(Kind.CHAT_SESSION).changed());
        Change added = of(r, Kind.CHAT_MESSAGE).stream().filter(x -> x.status() == Status.ADDED).findFirst().orElseThrow();
        assertTrue(added.id().endsWith("#1"), added.id());
        Change changed = of(r, Kind.CHAT_MESSAGE).stream().filter(x -> x.status() == Status.CHANGED).findFirst().orElseThrow();
        assertEquals(List.of("blocks[0].text"), changed.fields());
    }

    @Test
    void unmodelledFilesAndCollectionsAreDiffedAsJson() throws Exception {
        DirPair p = new DirPair(tmp);
        Files.writeString(p.a.resolve("settings.json"), "{\"a\": 1, \"b\": {\"c\": 2, \"list\": [1, 2, 3]}}");
        Files.writeString(p.b.resolve("settings.json"), "{\"a\": 1, \"b\": {\"c\": 3, \"list\": [1, 3]}, \"d\": 4}");
        Files.write(p.a.resolve("index.faiss"), new byte[] {1, 2, 3});
        Files.write(p.b.resolve("index.faiss"), new byte[] {1, 2, 4, 5});
        DiffResult r = p.edit(ctx -> docKv(ctx).put("k", JsonObject.builder().put("x", 1).build(), "custom/things")).diff();
        Map<String, Change> files = new LinkedHashMap<>();
        for (Change c : of(r, Kind.FILE)) files.put(c.id(), c);
        assertEquals(List.of("b", "+d"), files.get("settings.json").fields());
        assertEquals(4L, files.get("index.faiss").details().get("size_after"));
        Map<String, Change> entries = new LinkedHashMap<>();
        for (Change c : of(r, Kind.ENTRY)) entries.put(c.id(), c);
        assertEquals(List.of("c", "-list[1]"), entries.get("b").fields());
        assertEquals(Status.ADDED, entries.get("d").status());
        assertEquals(Status.ADDED, entries.get("custom/things/k").status());
    }
}
