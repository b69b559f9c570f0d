package dev.storescope.inspect.edit;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editor's second tab for a document store node.
 *
 * @param kind          the class Python decodes it to (TextNode, Document, IndexNode, …)
 * @param text          the text (null when the record has none)
 * @param metadata      key → value, in stored order
 * @param relationships one entry per stored relationship, in stored order
 * @param vectors       the node's vector in each vector store namespace that has it
 * @param ownEmbedding  the record's own {@code embedding} field, when stored
 * @param hashes        stored vs recomputed hash
 */
public record NodeDetails(String nodeId, String kind, String refDocId, String text, Map<String, JsonValue> metadata,
                          List<Link> relationships, List<Embedding> vectors, Optional<Embedding> ownEmbedding, Hashes hashes) {

    /**
     * A relationship target the UI shows as a link.
     *
     * @param type   SOURCE, PREVIOUS, NEXT, PARENT, CHILD (or the raw code of an unknown one)
     * @param target what selecting it shows: the node, or the ref doc when only that exists
     * @param exists false when the target is neither a node nor a ref doc of this dir
     */
    public record Link(String type, String targetId, ValueRef target, boolean exists) {
    }

    /**
     * An embedding summarised: never the whole vector.
     *
     * @param namespace null for the record's own {@code embedding} field
     * @param first     up to the first 8 values
     */
    public record Embedding(String namespace, int dimension, double norm, double[] first, int nanCount, int infCount) {
    }

    /**
     * @param docHash     {@code docstore/metadata[id].doc_hash} (null when absent)
     * @param storedHash  the record's own {@code hash} / legacy {@code doc_hash} field (null when absent)
     * @param recomputed  the hash by current rules (what add_documents would write now); null when it cannot be computed
     * @param matchingRule the rule (of those a LlamaIndex version that wrote this record used) that reproduces docHash, or null
     * @param stale       true when docHash matches none of those rules: the text or metadata changed since it was hashed
     */
    public record Hashes(String docHash, String storedHash, String recomputed, String matchingRule, boolean stale, String message) {
    }
}
