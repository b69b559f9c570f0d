package dev.storescope.inspect;

import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.index_store.KVIndexStore;
import dev.storescope.storage.index_store.TsIndexStruct;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.ArrayList;
import java.util.List;

/** The index structs of an index store file (Python's {@code index_store/data}, or LlamaIndex.TS's layout). */
final class IndexSummaries {
    private IndexSummaries() {
    }

    static List<IndexSummary> of(String file, SimpleKVStore store) {
        List<IndexSummary> out = new ArrayList<>();
        KVIndexStore idx = new KVIndexStore(store);
        if (store.hasCollection(idx.collection())) {
            for (IndexStruct s : idx.indexStructs()) {
                out.add(new IndexSummary(file, s.indexId(), s.type(), s.nodeCount(), s.isLoadableByCore()));
            }
        }
        for (TsIndexStruct s : idx.tsIndexStructs()) {
            out.add(new IndexSummary(file, s.indexId(), s.type() + " (LlamaIndex.TS)", s.nodeCount(), true));
        }
        return out;
    }
}
