package dev.storescope.storage.index_store;

import dev.storescope.json.JsonObject;
import dev.storescope.storage.NotFoundException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code IndexDocumentSummary} ({@code document_summary}, DocumentSummaryIndex): summary node →
 * chunk nodes, chunk node → summary node, ref doc → summary node.
 */
public final class IndexDocumentSummary extends TypedIndexStruct {
    IndexDocumentSummary(IndexStruct struct) {
        super(struct);
    }

    public Map<String, List<String>> summaryIdToNodeIds() {
        return listMap("summary_id_to_node_ids");
    }

    public Map<String, String> nodeIdToSummaryId() {
        return stringMap("node_id_to_summary_id");
    }

    public Map<String, String> docIdToSummaryId() {
        return stringMap("doc_id_to_summary_id");
    }

    /** The summary node ids (keys of {@code summary_id_to_node_ids}). */
    public Set<String> summaryIds() {
        return summaryIdToNodeIds().keySet();
    }

    /** Summary node ids and chunk node ids (both live in the docstore): each summary id followed by its chunks. */
    @Override
    public List<String> nodeIds() {
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : summaryIdToNodeIds().entrySet()) {
            all.add(e.getKey());
            all.addAll(e.getValue());
        }
        all.addAll(nodeIdToSummaryId().keySet());
        all.addAll(nodeIdToSummaryId().values());
        all.addAll(docIdToSummaryId().values());
        return distinct(all);
    }

    /**
     * Removes a chunk node (Python's {@code delete_nodes}, but tolerant of ids missing from the maps)
     * or, for a summary node id, the summary with its chunk mapping and doc entries.
     */
    @Override
    public IndexDocumentSummary withoutNodeId(String nodeId) {
        if (!nodeIds().contains(nodeId)) return this;
        Map<String, List<String>> s2n = new LinkedHashMap<>(summaryIdToNodeIds());
        Map<String, String> n2s = new LinkedHashMap<>(nodeIdToSummaryId());
        Map<String, String> d2s = new LinkedHashMap<>(docIdToSummaryId());
        List<String> removedChunks = s2n.containsKey(nodeId) ? s2n.remove(nodeId) : List.of();
        for (String c : removedChunks) n2s.remove(c);
        n2s.remove(nodeId);
        n2s.values().removeIf(nodeId::equals);
        d2s.values().removeIf(nodeId::equals);
        return new IndexDocumentSummary(write(listMapWithout(s2n, nodeId, false), n2s, d2s));
    }

    /** Python's {@code delete(doc_id)}: the doc's summary and its chunk mappings; a missing doc is a KeyError. */
    public IndexDocumentSummary deleteDoc(String docId) {
        Map<String, String> d2s = new LinkedHashMap<>(docIdToSummaryId());
        String summaryId = d2s.remove(docId);
        if (summaryId == null) throw new NotFoundException("'" + docId + "'");
        Map<String, List<String>> s2n = new LinkedHashMap<>(summaryIdToNodeIds());
        List<String> chunks = s2n.remove(summaryId);
        if (chunks == null) throw new NotFoundException("'" + summaryId + "'");
        Map<String, String> n2s = new LinkedHashMap<>(nodeIdToSummaryId());
        for (String c : chunks) {
            if (n2s.remove(c) == null) throw new NotFoundException("'" + c + "'");
        }
        return new IndexDocumentSummary(write(listMapOf(s2n), n2s, d2s));
    }

    private IndexStruct write(JsonObject s2n, Map<String, String> n2s, Map<String, String> d2s) {
        JsonObject d = data()
                .with("summary_id_to_node_ids", s2n)
                .with("node_id_to_summary_id", stringMapOf(n2s))
                .with("doc_id_to_summary_id", stringMapOf(d2s));
        return struct.withData(d);
    }
}
