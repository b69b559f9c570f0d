package dev.storescope.inspect.repair;

import dev.storescope.json.JsonObject;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.index_store.SimpleIndexStore;

import java.util.List;

/**
 * {@code fix-key-id}: sets the stored id to the key the record is stored under: a node's
 * {@code id_} (legacy {@code doc_id}) and an index struct's {@code index_id}. The key is what every
 * other record refers to (ref_doc_info, nodes_dict, load_index_from_storage), so it wins.
 */
record FixKeyId(List<String> nodeKeys, List<String> indexKeys) implements Repair {
    @Override
    public String id() {
        return "fix-key-id";
    }

    @Override
    public String description() {
        return "set the stored id to the key for " + (nodeKeys.isEmpty() ? "" : "node(s) " + Repairs.names(nodeKeys))
                + (nodeKeys.isEmpty() || indexKeys.isEmpty() ? "" : " and ") + (indexKeys.isEmpty() ? "" : "index struct(s) " + Repairs.names(indexKeys));
    }

    @Override
    public void apply(StorageContext ctx) {
        if (!nodeKeys.isEmpty()) {
            SimpleDocumentStore docs = ctx.docstore().orElseThrow();
            for (String key : nodeKeys) {
                JsonObject env = docs.kvstore().get(key, docs.nodeCollection());
                if (env == null || !(env.get("__data__") instanceof JsonObject data)) continue;
                String field = data.has("id_") || !data.has("doc_id") ? "id_" : "doc_id";
                docs.kvstore().put(key, env.with("__data__", data.with(field, key)), docs.nodeCollection());
            }
        }
        if (!indexKeys.isEmpty()) {
            SimpleIndexStore idx = ctx.indexStore().orElseThrow();
            for (String key : indexKeys) {
                IndexStruct s = IndexStruct.fromJson(idx.kvstore().get(key, idx.collection()));
                IndexEdits.put(idx, key, s.withData(s.data().with("index_id", key)));
            }
        }
    }
}
