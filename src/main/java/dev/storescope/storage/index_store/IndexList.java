package dev.storescope.storage.index_store;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonString;

import java.util.ArrayList;
import java.util.List;

/** {@code IndexList} ({@code list}, SummaryIndex / ListIndex): {@code nodes} is the ordered node id list. */
public final class IndexList extends TypedIndexStruct {
    IndexList(IndexStruct struct) {
        super(struct);
    }

    /** {@code nodes} as stored (duplicates kept). */
    public List<String> nodes() {
        return List.copyOf(arrayField("nodes").strings());
    }

    @Override
    public List<String> nodeIds() {
        return distinct(nodes());
    }

    /** Python's {@code add_node}: appends the id. */
    public IndexList withNode(String nodeId) {
        return new IndexList(withField("nodes", arrayField("nodes").append(JsonString.of(nodeId))));
    }

    /** SummaryIndex {@code _delete_node}: drops every occurrence. */
    @Override
    public IndexList withoutNodeId(String nodeId) {
        List<String> nodes = nodes();
        if (!nodes.contains(nodeId)) return this;
        List<String> kept = new ArrayList<>(nodes);
        kept.removeIf(nodeId::equals);
        return new IndexList(withField("nodes", JsonArray.ofStrings(kept)));
    }
}
