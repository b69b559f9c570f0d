package dev.storescope.inspect;

import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.List;

/** Index structs of an index store file (filled in when the index store lands). */
final class IndexSummaries {
    private IndexSummaries() {
    }

    static List<IndexSummary> of(String file, SimpleKVStore store) {
        return List.of();
    }
}
