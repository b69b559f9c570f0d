package dev.storescope.inspect.repair;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.index_store.IndexDict;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.index_store.SimpleIndexStore;
import dev.storescope.storage.index_store.TypedIndexStruct;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Removing many ids from an index struct at once, through the struct API, keeping its key. */
final class IndexEdits {
    private IndexEdits() {
    }

    /**
     * The struct without every reference to the node ids in {@code nodeIds} and without the
     * {@code nodes_dict} keys in {@code vectorIds}; the same struct when nothing matched.
     */
    static IndexStruct without(IndexStruct s, Set<String> nodeIds, Set<String> vectorIds) {
        TypedIndexStruct view = s.view();
        if (view instanceof IndexDict d) {
            JsonObject nd = d.data().getObject("nodes_dict").orElse(JsonObject.EMPTY);
            LinkedHashMap<String, JsonValue> kept = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : nd.rawMembers().entrySet()) {
                JsonValue v = e.getValue().resolve();
                boolean hit = vectorIds.contains(e.getKey()) || nodeIds.contains(e.getKey())
                        || (v instanceof JsonString str && nodeIds.contains(str.value()));
                if (!hit) kept.put(e.getKey(), e.getValue());
            }
            return kept.size() == nd.size() ? s : s.withData(d.data().with("nodes_dict", JsonObject.of(kept)));
        }
        IndexStruct out = s;
        for (String id : nodeIds) out = out.withoutNodeId(id);
        return out;
    }

    /** The nodes_dict keys of {@code before} that {@code after} no longer has (empty for other struct types). */
    static java.util.List<String> removedVectorIds(IndexStruct before, IndexStruct after) {
        if (!(before.view() instanceof IndexDict b) || !(after.view() instanceof IndexDict a)) return java.util.List.of();
        java.util.List<String> out = new java.util.ArrayList<>(b.nodesDict().keySet());
        out.removeAll(a.nodesDict().keySet());
        return out;
    }

    /** Stores {@code s} under {@code key} (its place in the file kept), whatever its index_id. */
    static void put(SimpleIndexStore idx, String key, IndexStruct s) {
        idx.kvstore().put(key, s.toJson(), idx.collection());
    }
}
