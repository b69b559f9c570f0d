package dev.storescope.vector_stores;

import dev.storescope.json.JsonObject;

/**
 * What {@code SimpleVectorStore.add} takes from a node: its id, embedding (null = not set), ref doc
 * id (null when the node has no SOURCE) and the metadata dict (node metadata plus the
 * {@code _node_type}, {@code document_id}, {@code doc_id}, {@code ref_doc_id} keys).
 */
public record VectorEntry(String id, double[] embedding, String refDocId, JsonObject metadata) {
}
