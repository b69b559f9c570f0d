package dev.storescope.inspect.check;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.index_store.SimpleIndexStore;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;
import dev.storescope.vector_stores.VectorEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One defect per check, injected into a copy of a healthy generated dir through the store APIs
 * (or, for file-level defects, by changing bytes). {@code also} lists the checks the defect
 * cannot help triggering too (a second index struct is always also "several structs").
 */
final class Defects {
    interface Injection {
        void inject(Path dir) throws IOException;
    }

    /**
     * @param also         other checks the fixture fires, and must fire
     * @param leftByRepair findings the repair leaves true by design (removing an index entry leaves its node unindexed)
     */
    record Defect(CheckId check, Set<CheckId> also, Injection injection, Set<CheckId> leftByRepair) {
        Defect(CheckId check, Set<CheckId> also, Injection injection) {
            this(check, also, injection, Set.of());
        }

        Defect leaving(CheckId... left) {
            return new Defect(check, also, injection, Set.of(left));
        }

        @Override
        public String toString() {
            return check.id();
        }
    }

    static final String DATA = "docstore/data";
    static final String META = "docstore/metadata";
    static final String REFS = "docstore/ref_doc_info";

    private Defects() {
    }

    static List<Defect> all() {
        List<Defect> l = new ArrayList<>();
        // ---- files and layout
        l.add(d(CheckId.FILE_NOT_JSON, dir -> replace(dir, "chat_store.json", "\"store\": {", "\"store\": #")));
        l.add(d(CheckId.FILE_TRUNCATED, dir -> truncate(dir, "chat_store.json", 100)));
        l.add(d(CheckId.FILE_EMPTY, dir -> Files.write(dir.resolve("chat_store.json"), new byte[0])));
        l.add(d(CheckId.FILE_WRONG_SHAPE, dir -> Files.writeString(dir.resolve("index_store.json"), "[1, 2]")));
        l.add(d(CheckId.FILE_FOREIGN, dir -> Files.writeString(dir.resolve("graph_store.json"), "{\"something\": 1}")));
        l.add(d(CheckId.FILE_BOM, dir -> prepend(dir, "chat_store.json", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})));
        l.add(d(CheckId.FILE_NOT_UTF8, dir -> {
            byte[] b = Files.readAllBytes(dir.resolve("image__vector_store.json"));
            String s = new String(b, StandardCharsets.ISO_8859_1);
            s = s.substring(0, s.lastIndexOf('}')) + ", \"note\": \"caf\u00e9\"}"; // é as one Latin-1 byte
            Files.write(dir.resolve("image__vector_store.json"), s.getBytes(StandardCharsets.ISO_8859_1));
        }));
        l.add(d(CheckId.FILE_BINARY, dir -> Files.write(dir.resolve("faiss__vector_store.json"), new byte[] {0, 1, 2, 3, 'I', 'x', 'F', 'l'})));
        l.add(d(CheckId.FILE_LEGACY_VECTOR_STORE, dir -> Files.move(dir.resolve("default__vector_store.json"), dir.resolve("vector_store.json"))));
        l.add(d(CheckId.LAYOUT_NO_FILES, dir -> {
            try (var s = Files.list(dir)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) Files.delete(p);
            }
            Files.writeString(dir.resolve("notes.txt"), "not a persist dir");
        }));
        l.add(d(CheckId.LAYOUT_MISSING_DOCSTORE, dir -> Files.delete(dir.resolve("docstore.json"))));
        l.add(d(CheckId.LAYOUT_MISSING_INDEX_STORE, dir -> Files.delete(dir.resolve("index_store.json"))));
        l.add(d(CheckId.LAYOUT_MISSING_VECTOR_STORE, dir -> {
            Files.delete(dir.resolve("default__vector_store.json"));
            Files.delete(dir.resolve("image__vector_store.json"));
        }));
        // ---- document store
        l.add(d(CheckId.DOC_DANGLING_REF_NODE, dir -> edit(dir, c -> {
            String ref = refDoc(c, 1);
            putRefIds(c, ref, plus(refIds(c, ref), "ghost-node"));
        })));
        l.add(d(CheckId.DOC_DUPLICATE_NODE_IDS, dir -> edit(dir, c -> {
            String ref = refDoc(c, 1);
            List<String> ids = refIds(c, ref);
            putRefIds(c, ref, plus(ids, ids.get(0)));
        })));
        l.add(d(CheckId.DOC_EMPTY_REF_DOC, dir -> edit(dir, c -> kv(c).put("empty-doc", JsonObject.builder()
                .put("node_ids", JsonArray.EMPTY).put("metadata", JsonObject.EMPTY).build(), REFS))));
        l.add(d(CheckId.DOC_REF_DOC_UNRECORDED, dir -> edit(dir, c -> kv(c).delete(refDoc(c, 2), REFS))));
        l.add(d(CheckId.DOC_SOURCE_MISMATCH, dir -> edit(dir, c -> {
            String ref = refDoc(c, 1);
            List<String> ids = new ArrayList<>(refIds(c, ref));
            ids.remove(1);
            putRefIds(c, ref, ids);
        })));
        l.add(d(CheckId.DOC_KEY_ID_MISMATCH, dir -> edit(dir, c -> {
            String n = node(c, 4);
            JsonObject env = kv(c).get(n, DATA);
            kv(c).put(n, env.with("__data__", data(env).with("id_", "renamed-node")), DATA);
        })));
        l.add(d(CheckId.DOC_MISSING_METADATA, dir -> edit(dir, c -> kv(c).delete(node(c, 5), META))));
        l.add(d(CheckId.DOC_UNKNOWN_TYPE, dir -> edit(dir, c -> {
            String n = node(c, 6);
            kv(c).put(n, kv(c).get(n, DATA).with("__type__", "99"), DATA);
        })));
        l.add(d(CheckId.DOC_BAD_RECORD, dir -> edit(dir, c -> kv(c).put(node(c, 7), JsonObject.builder().put("foo", 1).build(), DATA))));
        l.add(d(CheckId.DOC_RELATIONSHIP_SHAPE, dir -> edit(dir, c -> setRelationship(c, node(c, 3), "4", JsonArray.of(related(node(c, 9)))))));
        l.add(d(CheckId.DOC_DANGLING_RELATIONSHIP, dir -> edit(dir, c -> setRelationship(c, node(c, 3), "4", related("ghost-parent")))));
        l.add(d(CheckId.DOC_ASYMMETRIC_RELATIONSHIP, dir -> edit(dir, c -> setRelationship(c, node(c, 3), "4", related(node(c, 9))))));
        l.add(d(CheckId.DOC_STALE_HASH, dir -> edit(dir, c -> {
            String n = node(c, 8);
            kv(c).put(n, kv(c).get(n, META).with("doc_hash", "0".repeat(64)), META);
        })));
        l.add(d(CheckId.DOC_ORPHAN_METADATA, dir -> edit(dir, c -> kv(c).put("deleted-document", JsonObject.builder().put("doc_hash", "1".repeat(64)).build(), META))));
        l.add(d(CheckId.DOC_SOURCE_HASH_DIFFERS, dir -> edit(dir, c -> {
            String n = node(c, 4);
            JsonObject source = data(kv(c).get(n, DATA)).getObject("relationships").orElseThrow().getObject("1").orElseThrow();
            setRelationship(c, n, "1", source.with("hash", "0".repeat(64)));
        })));
        l.add(d(CheckId.DOC_SEPARATOR_MISMATCH, dir -> edit(dir, c -> {
            String n = node(c, 6);
            JsonObject env = kv(c).get(n, DATA);
            kv(c).put(n, env.with("__data__", data(env).with("metadata_seperator", " | ")), DATA);
        })));
        l.add(d(CheckId.INDEX_NODE_UNKNOWN_INDEX, dir -> edit(dir, c -> {
            String n = node(c, 7);
            JsonObject env = kv(c).get(n, DATA);
            kv(c).put(n, env.with("__type__", "3").with("__data__", data(env).with("index_id", "no-such-index").with("class_name", "IndexNode")), DATA);
            vec(c).add(List.of(new VectorEntry(n, vec(c).getEmbedding(n), vec(c).refDocId(n), vec(c).metadata(n).with("_node_type", "IndexNode"))));
        })));
        l.add(d(CheckId.DOC_DUPLICATE_CONTENT, dir -> edit(dir, c -> {
            String a = node(c, 2);
            String b = node(c, 10);
            JsonObject da = data(kv(c).get(a, DATA));
            JsonObject envB = kv(c).get(b, DATA);
            JsonObject db = data(envB).with("text", da.get("text")).with("metadata", da.get("metadata"));
            kv(c).put(b, envB.with("__data__", db), DATA);
            kv(c).put(b, kv(c).get(b, META).with("doc_hash", kv(c).get(a, META).getString("doc_hash")), META);
        })));
        // ---- index store
        l.add(d(CheckId.INDEX_UNDECODABLE, dir -> edit(dir, c -> {
            String k = struct(c);
            idxKv(c).put(k, idxKv(c).get(k, "index_store/data").with("__data__", "{not json"), "index_store/data");
        })));
        l.add(d(CheckId.INDEX_KEY_ID_MISMATCH, dir -> edit(dir, c -> {
            IndexStruct s = idx(c).getIndexStruct(struct(c));
            idxKv(c).put(struct(c), s.withData(s.data().with("index_id", "another-id")).toJson(), "index_store/data");
        })));
        l.add(d(CheckId.INDEX_UNLOADABLE_TYPE, dir -> edit(dir, c -> {
            String k = struct(c);
            idxKv(c).put(k, idxKv(c).get(k, "index_store/data").with("__type__", "simple_dict"), "index_store/data");
        })));
        l.add(d(CheckId.INDEX_DANGLING_NODE, Set.of(CheckId.INDEX_UNINDEXED_NODE), dir -> edit(dir, c -> { // the node the entry named is left unindexed
            IndexStruct s = idx(c).getIndexStruct(struct(c));
            JsonObject nd = s.data().getObject("nodes_dict").orElseThrow();
            String first = nd.keys().iterator().next();
            putStruct(c, s.withData(s.data().with("nodes_dict", nd.with(first, "ghost-node"))));
        })));
        l.add(d(CheckId.INDEX_NODE_WITHOUT_VECTOR, dir -> edit(dir, c -> vec(c).deleteNodes(List.of(node(c, 7)), null)))
                .leaving(CheckId.INDEX_UNINDEXED_NODE)); // the repair drops the entry: the node stays in the docstore, unindexed
        l.add(d(CheckId.INDEX_TREE_INCONSISTENT, Set.of(CheckId.INDEX_SEVERAL_STRUCTS), dir -> edit(dir, c -> idx(c).addIndexStruct(IndexStruct.of("tree",
                JsonObject.builder().put("index_id", "tree-1").putNull("summary")
                        .put("all_nodes", JsonObject.builder().put("0", node(c, 1)).build())
                        .put("root_nodes", JsonObject.builder().put("0", node(c, 2)).build())
                        .put("node_id_to_children_ids", JsonObject.builder().put(node(c, 1), JsonArray.EMPTY).build()).build())))));
        l.add(d(CheckId.INDEX_SUMMARY_INCONSISTENT, Set.of(CheckId.INDEX_SEVERAL_STRUCTS), dir -> edit(dir, c -> idx(c).addIndexStruct(IndexStruct.of("document_summary",
                JsonObject.builder().put("index_id", "sum-1").putNull("summary")
                        .put("summary_id_to_node_ids", JsonObject.builder().put(node(c, 1), JsonArray.ofStrings(List.of(node(c, 2)))).build())
                        .put("node_id_to_summary_id", JsonObject.builder().put(node(c, 2), node(c, 3)).build())
                        .put("doc_id_to_summary_id", JsonObject.EMPTY).build())))));
        l.add(d(CheckId.INDEX_SEVERAL_STRUCTS, dir -> edit(dir, c -> idx(c).addIndexStruct(IndexStruct.of("list",
                JsonObject.builder().put("index_id", "list-1").putNull("summary").put("nodes", JsonArray.ofStrings(List.of(node(c, 1)))).build())))));
        l.add(d(CheckId.INDEX_UNINDEXED_REF_DOC, dir -> edit(dir, c -> {
            String ref = refDoc(c, 3);
            List<String> ids = refIds(c, ref);
            IndexStruct s = idx(c).getIndexStruct(struct(c));
            for (String id : ids) s = s.withoutNodeId(id);
            putStruct(c, s);
            vec(c).delete(ref);
        })));
        l.add(d(CheckId.INDEX_UNINDEXED_NODE, dir -> edit(dir, c -> {
            String n = node(c, 4); // its ref doc's other nodes stay indexed
            putStruct(c, idx(c).getIndexStruct(struct(c)).withoutNodeId(n));
            vec(c).deleteNodes(List.of(n), null);
        })));
        // ---- vector stores
        l.add(d(CheckId.VECTOR_ORPHAN, Set.of(CheckId.INDEX_UNINDEXED_NODE), dir -> edit(dir, c -> { // its node is left unindexed too
            IndexStruct s = idx(c).getIndexStruct(struct(c));
            putStruct(c, s.withoutNodeId(node(c, 11)));
        })));
        l.add(d(CheckId.VECTOR_MIXED_DIMENSIONS, dir -> edit(dir, c -> replaceVector(c, node(c, 5), new double[] {0.1, 0.2, 0.3}))));
        l.add(d(CheckId.VECTOR_NON_FINITE, dir -> edit(dir, c -> {
            double[] v = vec(c).getEmbedding(node(c, 5));
            v[2] = Double.NaN;
            replaceVector(c, node(c, 5), v);
        })));
        l.add(d(CheckId.VECTOR_ZERO, dir -> edit(dir, c -> replaceVector(c, node(c, 5), new double[vec(c).dimension()]))));
        l.add(d(CheckId.VECTOR_NOT_ARRAY, dir -> vectorKv(dir, kv -> kv.put(firstKey(kv, "embedding_dict"), JsonObject.builder().put("x", 1).build(), "embedding_dict"))));
        l.add(d(CheckId.VECTOR_METADATA_DISAGREES, dir -> edit(dir, c -> {
            String n = node(c, 5);
            vec(c).add(List.of(new VectorEntry(n, vec(c).getEmbedding(n), vec(c).refDocId(n), vec(c).metadata(n).with("doc_id", "some-other-doc"))));
        })));
        l.add(d(CheckId.VECTOR_REF_DOC_MISMATCH, dir -> edit(dir, c -> {
            String n = node(c, 5);
            JsonObject md = vec(c).metadata(n).with("ref_doc_id", "some-other-doc").with("doc_id", "some-other-doc").with("document_id", "some-other-doc");
            vec(c).add(List.of(new VectorEntry(n, vec(c).getEmbedding(n), "some-other-doc", md)));
        })));
        l.add(d(CheckId.VECTOR_MISSING_METADATA, dir -> vectorKv(dir, kv -> kv.delete(firstKey(kv, "metadata_dict"), "metadata_dict"))));
        l.add(d(CheckId.VECTOR_MISSING_REF_DOC_ID, dir -> vectorKv(dir, kv -> kv.delete(firstKey(kv, "text_id_to_ref_doc_id"), "text_id_to_ref_doc_id"))));
        l.add(d(CheckId.VECTOR_LEGACY_DOC_ID_KEY, dir -> replace(dir, "default__vector_store.json", "\"text_id_to_ref_doc_id\"", "\"text_id_to_doc_id\"")));
        // ---- graph and chat
        l.add(d(CheckId.GRAPH_KG_UNLINKED, Set.of(CheckId.INDEX_SEVERAL_STRUCTS), dir -> edit(dir, c -> {
            idx(c).addIndexStruct(IndexStruct.of("kg", JsonObject.builder().put("index_id", "kg-1").putNull("summary")
                    .put("table", JsonObject.builder().put("alice", JsonArray.ofStrings(List.of(node(c, 1)))).build())
                    .put("rel_map", JsonObject.EMPTY).put("embedding_dict", JsonObject.EMPTY).build()));
            c.graphStore().orElseThrow().upsertTriplet("alice", "knows", "bob"); // bob: no keyword links him to a chunk
        })));
        l.add(d(CheckId.GRAPH_CHUNK_NOT_IN_DOCSTORE, dir -> graph(dir, kv -> { }))); // corpus 19's graph: its chunk is not in this docstore
        l.add(d(CheckId.GRAPH_VECTOR_ENTITY_MISSING, Set.of(CheckId.GRAPH_CHUNK_NOT_IN_DOCSTORE), dir -> {
            graph(dir, kv -> { });
            edit(dir, c -> {
                String n = node(c, 5);
                vec(c).add(List.of(new VectorEntry(n, vec(c).getEmbedding(n), vec(c).refDocId(n), vec(c).metadata(n).with("vector_source_id", "no-such-entity"))));
            });
        }));
        l.add(d(CheckId.GRAPH_RELATION_KEY, Set.of(CheckId.GRAPH_CHUNK_NOT_IN_DOCSTORE), dir -> graph(dir, kv -> {
            String k = firstKey(kv, "relations");
            kv.put(k, kv.get(k, "relations").with("label", "SOMETHING_ELSE"), "relations");
        })));
        l.add(d(CheckId.GRAPH_MISSING_NODE, Set.of(CheckId.GRAPH_CHUNK_NOT_IN_DOCSTORE), dir -> graph(dir, kv -> {
            JsonObject r = kv.get(firstKey(kv, "relations"), "relations");
            kv.delete(r.getString("target_id"), "nodes");
        })));
        l.add(d(CheckId.CHAT_UNKNOWN_ROLE, dir -> replace(dir, "chat_store.json", "\"role\": \"user\"", "\"role\": \"wizard\"")));
        l.add(d(CheckId.CHAT_MALFORMED_BLOCK, dir -> replace(dir, "chat_store.json", "\"block_type\": \"text\"", "\"block_type\": \"txet\"")));
        return l;
    }

    private static Defect d(CheckId c, Injection i) {
        return new Defect(c, Set.of(), i);
    }

    private static Defect d(CheckId c, Set<CheckId> also, Injection i) {
        return new Defect(c, also, i);
    }

    // ---- helpers over a storage context (edits go through the store APIs, then persist)

    interface Edit {
        void apply(StorageContext c) throws IOException;
    }

    static void edit(Path dir, Edit e) throws IOException {
        StorageContext c = StorageContext.fromPersistDir(dir);
        e.apply(c);
        c.persist();
    }

    static SimpleKVStore kv(StorageContext c) {
        return c.docstore().orElseThrow().kvstore();
    }

    static SimpleKVStore idxKv(StorageContext c) {
        return c.indexStore().orElseThrow().simpleKVStore();
    }

    static SimpleIndexStore idx(StorageContext c) {
        return c.indexStore().orElseThrow();
    }

    static SimpleVectorStore vec(StorageContext c) {
        return c.vectorStore("default").orElseThrow();
    }

    static String struct(StorageContext c) {
        return idx(c).indexIds().get(0);
    }

    static void putStruct(StorageContext c, IndexStruct s) {
        idxKv(c).put(struct(c), s.toJson(), "index_store/data");
    }

    static String refDoc(StorageContext c, int i) {
        return c.docstore().orElseThrow().kvstore().keys(REFS).get(i);
    }

    static List<String> refIds(StorageContext c, String ref) {
        return c.docstore().orElseThrow().getRefDocInfo(ref).nodeIds();
    }

    static void putRefIds(StorageContext c, String ref, List<String> ids) {
        SimpleDocumentStore d = c.docstore().orElseThrow();
        kv(c).put(ref, d.getRefDocInfo(ref).withNodeIds(ids).toJson(), REFS);
    }

    /** The i-th node key of docstore/data. */
    static String node(StorageContext c, int i) {
        return kv(c).keys(DATA).get(i);
    }

    static JsonObject data(JsonObject env) {
        return env.getObject("__data__").orElseThrow();
    }

    static void setRelationship(StorageContext c, String n, String code, JsonValue v) {
        JsonObject env = kv(c).get(n, DATA);
        JsonObject d = data(env);
        JsonObject rels = d.getObject("relationships").orElse(JsonObject.EMPTY);
        kv(c).put(n, env.with("__data__", d.with("relationships", rels.with(code, v))), DATA);
    }

    static JsonObject related(String id) {
        return JsonObject.builder().put("node_id", id).put("node_type", "1").put("metadata", JsonObject.EMPTY)
                .put("hash", JsonNull.INSTANCE).put("class_name", "RelatedNodeInfo").build();
    }

    static void replaceVector(StorageContext c, String id, double[] v) {
        SimpleVectorStore s = vec(c);
        s.add(List.of(new VectorEntry(id, v, s.refDocId(id), s.metadata(id))));
    }

    static List<String> plus(List<String> l, String s) {
        List<String> out = new ArrayList<>(l);
        out.add(s);
        return out;
    }

    // ---- helpers over files

    interface KvEdit {
        void apply(SimpleKVStore kv) throws IOException;
    }

    /** Edits a vector store file as the two-level object it is (the KV model keeps its style). */
    static void vectorKv(Path dir, KvEdit e) throws IOException {
        kvFile(dir.resolve("default__vector_store.json"), e);
    }

    static void kvFile(Path file, KvEdit e) throws IOException {
        SimpleKVStore kv = SimpleKVStore.fromPersistPath(file);
        e.apply(kv);
        kv.persist(file, null);
    }

    /** Adds a real property graph store (corpus 19) and edits it. */
    static void graph(Path dir, KvEdit e) throws IOException {
        Path pg = dir.resolve("property_graph_store.json");
        Files.copy(PROPERTY_GRAPH, pg);
        pg.toFile().setWritable(true);
        kvFile(pg, e);
    }

    static final Path PROPERTY_GRAPH = Path.of("..", "shared", "corpus", "real",
            "19-AnupamPatil899__Hybrid-Graph-RAG-Personal-AI-Assistant__storage", "property_graph_store.json");

    static String firstKey(SimpleKVStore kv, String collection) {
        return kv.keys(collection).get(0);
    }

    static void replace(Path dir, String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String s = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        int i = s.indexOf(from);
        if (i < 0) throw new IllegalStateException(from + " not in " + file);
        Files.write(p, (s.substring(0, i) + to + s.substring(i + from.length())).getBytes(StandardCharsets.ISO_8859_1));
    }

    static void truncate(Path dir, String file, int keep) throws IOException {
        Path p = dir.resolve(file);
        Files.write(p, Arrays.copyOf(Files.readAllBytes(p), keep));
    }

    static void prepend(Path dir, String file, byte[] head) throws IOException {
        Path p = dir.resolve(file);
        byte[] b = Files.readAllBytes(p);
        byte[] out = new byte[b.length + head.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(b, 0, out, head.length, b.length);
        Files.write(p, out);
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }

    static String str(JsonValue v) {
        return v instanceof JsonString s ? s.value() : String.valueOf(v);
    }
}
