package dev.storescope.inspect.check;

import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.index_store.SimpleIndexStore;

/**
 * IndexNodes whose {@code index_id} names no struct of the index store (spec §11.2 X15): a composable
 * graph's retriever follows the IndexNode to that index and fails to load it.
 */
final class IndexNodeCheck {
    private IndexNodeCheck() {
    }

    static void run(CheckContext cx) {
        if (cx.docstore().isEmpty()) return;
        SimpleIndexStore idx;
        try {
            idx = cx.storage.indexStore().orElse(null);
        } catch (RuntimeException e) {
            return;
        }
        if (idx == null) return;
        SimpleDocumentStore docs = cx.docstore().get();
        for (NodeFacts f : cx.nodeFacts()) {
            if (f == null || f.indexId() == null) continue;
            if (idx.simpleKVStore().containsKey(f.indexId(), idx.collection())) continue;
            cx.out.add(CheckId.INDEX_NODE_UNKNOWN_INDEX, Location.kv(DocstorePass.FILE, docs.nodeCollection(), f.key(), new ValueRef.DocNode(f.key()))
                            .below("[\"__data__\"][\"index_id\"]"),
                    "IndexNode " + DocstorePass.quote(f.key()) + " points to index " + DocstorePass.quote(f.indexId())
                            + ", which index_store.json does not hold: a composable graph or recursive retriever that follows it raises "
                            + "KeyError / ValueError: Failed to load index with ID " + f.indexId());
        }
    }
}
