package dev.storescope.storage.index_store;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.NotFoundException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code IndexDict} ({@code vector_store}, VectorStoreIndex) and {@code MultiModelIndexDict}
 * ({@code multimodal}): {@code nodes_dict} maps the vector store's id to the docstore node id;
 * {@code doc_id_dict} and {@code embeddings_dict} are deprecated (filled only by 0.6.0 – 0.6.17).
 */
public final class IndexDict extends TypedIndexStruct {
    IndexDict(IndexStruct struct) {
        super(struct);
    }

    /** True for the {@code multimodal} type. */
    public boolean isMultimodal() {
        return IndexStructType.MULTIMODAL_VECTOR_STORE.value().equals(struct.type());
    }

    /** {@code nodes_dict}: vector store id → docstore node id, in file order. */
    public Map<String, String> nodesDict() {
        return stringMap("nodes_dict");
    }

    /** {@code doc_id_dict}: ref doc id → vector ids (empty since 0.6.18). */
    public Map<String, List<String>> docIdDict() {
        return listMap("doc_id_dict");
    }

    /** {@code embeddings_dict} as stored (deprecated, normally empty). */
    public JsonObject embeddingsDict() {
        return objectField("embeddings_dict");
    }

    /** The docstore node ids: the distinct values of {@code nodes_dict}. */
    @Override
    public List<String> nodeIds() {
        return distinct(nodesDict().values());
    }

    /** Python's {@code add_node(node, text_id)}: {@code nodes_dict[text_id or node_id] = node_id}. */
    public IndexDict withNode(String nodeId, String textId) {
        String vectorId = textId == null ? nodeId : textId;
        return new IndexDict(withField("nodes_dict", objectField("nodes_dict").with(vectorId, JsonString.of(nodeId))));
    }

    /** Python's {@code delete(doc_id)}: removes the {@code nodes_dict} key; a missing key is a KeyError. */
    public IndexDict delete(String vectorId) {
        JsonObject nd = objectField("nodes_dict");
        if (!nd.has(vectorId)) throw new NotFoundException("'" + vectorId + "'");
        return new IndexDict(withField("nodes_dict", nd.without(vectorId)));
    }

    /** Removes every {@code nodes_dict} entry whose key or value is {@code nodeId}. */
    @Override
    public IndexDict withoutNodeId(String nodeId) {
        JsonObject nd = objectField("nodes_dict");
        LinkedHashMap<String, JsonValue> kept = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : nd.rawMembers().entrySet()) {
            JsonValue v = e.getValue().resolve();
            boolean hit = e.getKey().equals(nodeId) || (v instanceof JsonString s && s.value().equals(nodeId));
            if (!hit) kept.put(e.getKey(), e.getValue());
        }
        if (kept.size() == nd.size()) return this;
        return new IndexDict(withField("nodes_dict", JsonObject.of(kept)));
    }
}
