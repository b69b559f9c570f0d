package dev.storescope.inspect.repair;

import dev.storescope.json.JsonObject;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.docstore.StoredNode;

import java.util.List;

/**
 * {@code recompute-doc-hash}: writes each named node's current hash (core 0.14 rules) as its
 * {@code docstore/metadata} {@code doc_hash}; a missing entry is created as {@code add_documents}
 * writes it ({@code doc_hash}, then {@code ref_doc_id} when the node has a SOURCE).
 */
record RecomputeDocHash(List<String> nodeKeys) implements Repair {
    @Override
    public String id() {
        return "recompute-doc-hash";
    }

    @Override
    public String description() {
        return "write the recomputed doc_hash of " + Repairs.names(nodeKeys) + " into docstore/metadata";
    }

    @Override
    public void apply(StorageContext ctx) {
        SimpleDocumentStore docs = ctx.docstore().orElseThrow();
        for (String key : nodeKeys) {
            StoredNode node = docs.getDocument(key, false);
            if (node == null) continue;
            String hash = node.hash();
            JsonObject md = docs.kvstore().get(key, docs.metadataCollection());
            if (md == null) {
                JsonObject.Builder b = JsonObject.builder().put("doc_hash", hash);
                String ref = node.refDocId();
                if (ref != null && !ref.isEmpty()) b.put("ref_doc_id", ref);
                docs.kvstore().put(key, b.build(), docs.metadataCollection());
            } else if (!hash.equals(md.getString("doc_hash"))) {
                docs.kvstore().put(key, md.with("doc_hash", hash), docs.metadataCollection());
            }
        }
    }
}
