package dev.storescope.inspect.check;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.index_store.SimpleIndexStore;
import dev.storescope.storage.index_store.TsIndexStruct;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.util.Map;

/**
 * Cross-store checks of a LlamaIndex.TS dir ({@code doc_store.json}, TS structs in
 * {@code index_store.json}, camelCase vector store): index ids without a stored node or vector
 * and ref_doc_info {@code nodeIds} without a node. Reported without an automatic repair (the
 * repairs edit Python layouts).
 */
final class TsChecks {
    private static final String DOCS = PersistDirScanner.TS_DOC_STORE;

    private TsChecks() {
    }

    static void run(CheckContext cx) {
        SimpleKVStore docs = cx.storage.kvStore(DOCS).orElse(null);
        if (docs == null) return;
        boolean text = docs.size("docstore/data") > 0;
        for (Map.Entry<String, JsonObject> e : docs.getAll("docstore/ref_doc_info").entrySet()) {
            JsonArray ids = e.getValue().getArray("nodeIds").orElse(JsonArray.EMPTY);
            for (String id : ids.strings()) {
                if (text && !docs.containsKey(id, "docstore/data")) {
                    add(cx, CheckId.DOC_DANGLING_REF_NODE, Location.kv(DOCS, "docstore/ref_doc_info", e.getKey(), new ValueRef.KvEntry(DOCS, "docstore/ref_doc_info", e.getKey())),
                            id, "nodeIds of '" + e.getKey() + "' lists '" + id + "', which docstore/data does not hold: LlamaIndex.TS deleteRefDoc and "
                                    + "getRefDocInfo callers look up a node that is gone (left by VectorStoreIndex.deleteRefDoc, which keeps the docstore)");
                }
            }
        }
        SimpleIndexStore idx = cx.storage.indexStore().orElse(null);
        if (idx == null) return;
        SimpleVectorStore vec = cx.storage.vectorStore("default").filter(SimpleVectorStore::isTypeScript).orElse(null);
        java.util.Set<String> referenced = new java.util.HashSet<>();
        for (TsIndexStruct s : idx.tsIndexStructs()) referenced.addAll(s.nodeIds());
        if (!idx.tsIndexStructs().isEmpty()) unindexed(cx, docs, referenced);
        for (TsIndexStruct s : idx.tsIndexStructs()) {
            Location at = Location.kv(IndexChecks.FILE, TsIndexStruct.COLLECTION, s.key(), new ValueRef.KvEntry(IndexChecks.FILE, TsIndexStruct.COLLECTION, s.key()));
            for (String id : s.nodeIds()) {
                if (text && !docs.containsKey(id, "docstore/data")) {
                    add(cx, CheckId.INDEX_DANGLING_NODE, at, id, "the index names node '" + id + "', which doc_store.json does not hold: a query that retrieves it "
                            + "returns a node whose text is gone from the docstore (a stale nodesDict entry, e.g. after an upsert)");
                }
            }
            if (vec == null || !"simple_dict".equals(s.type())) continue;
            Map<String, ?> have = vec.rawEntries(SimpleVectorStore.Member.EMBEDDINGS);
            for (String id : s.nodesDict().keys()) {
                if (!have.containsKey(id)) {
                    add(cx, CheckId.INDEX_NODE_WITHOUT_VECTOR, at, id, "nodesDict maps '" + id + "' but vector_store.json holds no embedding for it: "
                            + "the node can never be retrieved");
                }
            }
        }
    }

    private static void unindexed(CheckContext cx, SimpleKVStore docs, java.util.Set<String> referenced) {
        for (Map.Entry<String, JsonObject> e : docs.getAll("docstore/ref_doc_info").entrySet()) {
            int stored = 0;
            boolean indexed = false;
            for (String id : e.getValue().getArray("nodeIds").orElse(JsonArray.EMPTY).strings()) {
                if (!docs.containsKey(id, "docstore/data")) continue;
                stored++;
                indexed |= referenced.contains(id);
            }
            if (stored > 0 && !indexed) {
                add(cx, CheckId.INDEX_UNINDEXED_REF_DOC, Location.kv(DOCS, "docstore/ref_doc_info", e.getKey(), new ValueRef.KvEntry(DOCS, "docstore/ref_doc_info", e.getKey())),
                        null, "ref doc '" + e.getKey() + "' has " + stored + " stored node(s) but no index references any of them (left by "
                                + "VectorStoreIndex.deleteRefDoc, which keeps the docstore): they take space and come back in docstore queries");
            }
        }
    }

    private static void add(CheckContext cx, CheckId c, Location at, String subject, String message) {
        cx.out.add(new Finding(c, c.severity(), at, subject, message, null));
    }
}
