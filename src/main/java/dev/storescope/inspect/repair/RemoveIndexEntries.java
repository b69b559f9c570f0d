package dev.storescope.inspect.repair;

import dev.storescope.storage.StorageContext;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.index_store.SimpleIndexStore;

import java.util.Map;
import java.util.Set;

/**
 * {@code remove-index-entries}: removes from each named struct the references to nodes the
 * docstore does not hold and the {@code nodes_dict} entries whose vector is missing.
 *
 * @param nodeIds   struct key → docstore node ids to drop
 * @param vectorIds struct key → nodes_dict keys to drop
 */
record RemoveIndexEntries(Map<String, Set<String>> nodeIds, Map<String, Set<String>> vectorIds) implements Repair {
    @Override
    public String id() {
        return "remove-index-entries";
    }

    @Override
    public String description() {
        int n = 0;
        for (Set<String> s : nodeIds.values()) n += s.size();
        for (Set<String> s : vectorIds.values()) n += s.size();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(nodeIds.keySet());
        keys.addAll(vectorIds.keySet());
        return "remove " + n + " entr" + (n == 1 ? "y" : "ies") + " naming missing nodes or vectors (and the vectors of removed nodes_dict entries) from index struct(s) " + Repairs.names(java.util.List.copyOf(keys));
    }

    @Override
    public void apply(StorageContext ctx) {
        SimpleIndexStore idx = ctx.indexStore().orElseThrow();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(nodeIds.keySet());
        keys.addAll(vectorIds.keySet());
        for (String key : keys) {
            IndexStruct s = IndexStruct.fromJson(idx.kvstore().get(key, idx.collection()));
            IndexStruct t = IndexEdits.without(s, nodeIds.getOrDefault(key, Set.of()), vectorIds.getOrDefault(key, Set.of()));
            if (t == s) continue;
            IndexEdits.put(idx, key, t);
            deleteVectors(ctx, IndexEdits.removedVectorIds(s, t));
        }
    }

    /** As VectorStoreIndex.delete_nodes does: the vectors of removed nodes_dict entries go too (they would be orphans). */
    private static void deleteVectors(StorageContext ctx, java.util.List<String> ids) {
        if (ids.isEmpty()) return;
        for (String ns : java.util.List.of("default", "image")) {
            ctx.vectorStore(ns).ifPresent(v -> {
                java.util.List<String> present = ids.stream().filter(id -> v.contains(id) && v.refDocId(id) != null).toList();
                if (!present.isEmpty()) v.deleteNodes(present, null);
            });
        }
    }
}
