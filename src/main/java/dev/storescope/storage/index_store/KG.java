package dev.storescope.storage.index_store;

import dev.storescope.json.JsonObject;

import java.util.List;
import java.util.Map;

/**
 * {@code KG} ({@code kg}, KnowledgeGraphIndex): {@code table} keyword → node ids, legacy
 * {@code rel_map}, and {@code embedding_dict} (triplet string → embedding).
 */
public final class KG extends TypedIndexStruct {
    KG(IndexStruct struct) {
        super(struct);
    }

    public Map<String, List<String>> table() {
        return listMap("table");
    }

    /** {@code rel_map} as stored (empty since 0.7; {@code subject → [[rel, obj]]} in 0.6). */
    public JsonObject relMap() {
        return objectField("rel_map");
    }

    /** {@code embedding_dict} as stored: triplet string (a Python tuple repr) → [floats]. */
    public JsonObject embeddingDict() {
        return objectField("embedding_dict");
    }

    @Override
    public List<String> nodeIds() {
        return distinctOfLists(table().values());
    }

    /**
     * Removes the id from every {@code table} entry and drops keywords left empty (the KeywordTable
     * rule; Python's KnowledgeGraphIndex itself does not support deletion).
     */
    @Override
    public KG withoutNodeId(String nodeId) {
        Map<String, List<String>> t = table();
        if (t.values().stream().noneMatch(l -> l.contains(nodeId))) return this;
        return new KG(withField("table", listMapWithout(t, nodeId, true)));
    }
}
