package dev.storescope.inspect.check;

import java.util.Optional;

/**
 * Every check, with its stable id (used by {@code check --json}, {@code repair --only} and the GUI),
 * default severity, the repair that fixes its findings (null when none) and a one-line title.
 * Ids never change once released; new checks get new ids.
 */
public enum CheckId {
    // ---- files and layout (spec §11.3)
    FILE_NOT_JSON("file.not-json", Severity.ERROR, "salvage", "file is not valid JSON"),
    FILE_TRUNCATED("file.truncated", Severity.ERROR, "salvage", "file ends in the middle of a value (interrupted write)"),
    FILE_EMPTY("file.empty", Severity.ERROR, null, "file is empty"),
    FILE_WRONG_SHAPE("file.wrong-shape", Severity.ERROR, null, "top-level JSON value has the wrong shape for the store"),
    FILE_FOREIGN("file.foreign-schema", Severity.WARNING, null, "valid JSON under a LlamaIndex file name, but another schema"),
    FILE_BOM("file.bom", Severity.ERROR, null, "file starts with a UTF-8 byte order mark"),
    FILE_NOT_UTF8("file.not-utf8", Severity.ERROR, null, "file holds bytes that are not UTF-8"),
    FILE_BINARY("file.binary-index", Severity.INFO, null, "binary vector index (e.g. FAISS) under a .json name"),
    FILE_LEGACY_VECTOR_STORE("file.legacy-vector-store", Severity.ERROR, "rename-legacy-vector-store", "only the legacy vector_store.json exists"),
    LAYOUT_NO_FILES("layout.no-persist-files", Severity.ERROR, null, "no LlamaIndex persist files in the dir"),
    LAYOUT_MISSING_DOCSTORE("layout.missing-docstore", Severity.ERROR, null, "docstore.json is missing"),
    LAYOUT_MISSING_INDEX_STORE("layout.missing-index-store", Severity.ERROR, null, "index_store.json is missing"),
    LAYOUT_MISSING_VECTOR_STORE("layout.missing-vector-store", Severity.WARNING, null, "a vector index but no vector store file"),
    // ---- document store (spec §11.1)
    DOC_DANGLING_REF_NODE("doc.ref-doc-node-missing", Severity.WARNING, "drop-dangling-ids", "ref_doc_info lists a node id that docstore/data does not hold"),
    DOC_DUPLICATE_NODE_IDS("doc.duplicate-node-ids", Severity.ERROR, "dedupe-node-ids", "ref_doc_info node_ids lists an id twice"),
    DOC_EMPTY_REF_DOC("doc.empty-ref-doc-info", Severity.WARNING, "drop-dangling-ids", "ref_doc_info record without node ids"),
    DOC_REF_DOC_UNRECORDED("doc.ref-doc-unrecorded", Severity.WARNING, "rebuild-ref-doc-info", "metadata ref_doc_id has no ref_doc_info record"),
    DOC_SOURCE_MISMATCH("doc.source-mismatch", Severity.WARNING, "rebuild-ref-doc-info", "SOURCE relationship disagrees with metadata ref_doc_id or ref_doc_info"),
    DOC_KEY_ID_MISMATCH("doc.key-id-mismatch", Severity.WARNING, "fix-key-id", "docstore/data key differs from the node's id_"),
    DOC_MISSING_METADATA("doc.missing-metadata", Severity.WARNING, "recompute-doc-hash", "node without a docstore/metadata entry"),
    DOC_UNKNOWN_TYPE("doc.unknown-type", Severity.ERROR, null, "unknown __type__"),
    DOC_BAD_RECORD("doc.bad-record", Severity.ERROR, null, "docstore/data value is not a node envelope"),
    DOC_RELATIONSHIP_SHAPE("doc.relationship-shape", Severity.ERROR, null, "SOURCE/PREVIOUS/NEXT/PARENT stored as a list or CHILD as a single object"),
    DOC_DANGLING_RELATIONSHIP("doc.dangling-relationship", Severity.WARNING, null, "PREVIOUS/NEXT/PARENT/CHILD names a node the docstore does not hold"),
    DOC_ASYMMETRIC_RELATIONSHIP("doc.asymmetric-relationship", Severity.INFO, null, "PREVIOUS/NEXT or PARENT/CHILD links that are not mutual"),
    DOC_STALE_HASH("doc.stale-hash", Severity.WARNING, "recompute-doc-hash", "stored doc_hash differs from the recomputed hash"),
    DOC_DUPLICATE_CONTENT("doc.duplicate-content", Severity.INFO, null, "the same content hash under several node ids"),
    DOC_ORPHAN_METADATA("doc.orphan-metadata", Severity.INFO, null, "docstore/metadata entry of neither a stored node nor any node's ref doc"),
    DOC_SOURCE_HASH_DIFFERS("doc.source-hash-differs", Severity.WARNING, null, "a node's SOURCE hash differs from its document's stored doc_hash"),
    DOC_SEPARATOR_MISMATCH("doc.separator-mismatch", Severity.INFO, null, "metadata_separator and the legacy metadata_seperator differ"),
    // ---- index store (spec §5, §11.2)
    INDEX_UNDECODABLE("index.undecodable-data", Severity.ERROR, null, "__data__ cannot be decoded"),
    INDEX_KEY_ID_MISMATCH("index.key-id-mismatch", Severity.ERROR, "fix-key-id", "index_store/data key differs from index_id"),
    INDEX_UNLOADABLE_TYPE("index.unloadable-type", Severity.ERROR, null, "index struct type core cannot load"),
    INDEX_DANGLING_NODE("index.node-missing", Severity.ERROR, "remove-index-entries", "index struct names a node the docstore does not hold"),
    INDEX_NODE_WITHOUT_VECTOR("index.node-without-vector", Severity.ERROR, "remove-index-entries", "nodes_dict entry without a vector in the vector store"),
    INDEX_TREE_INCONSISTENT("index.tree-inconsistent", Severity.ERROR, null, "tree index: root or child ids missing from all_nodes"),
    INDEX_SUMMARY_INCONSISTENT("index.summary-inconsistent", Severity.ERROR, null, "document summary maps disagree with each other"),
    INDEX_SEVERAL_STRUCTS("index.several-structs", Severity.INFO, null, "several index structs: loading needs an index_id"),
    INDEX_NODE_UNKNOWN_INDEX("index.index-node-unknown-index", Severity.WARNING, null, "an IndexNode names an index_id the index store does not hold"),
    INDEX_UNINDEXED_NODE("index.unindexed-node", Severity.INFO, null, "a stored node no index references, while other nodes of its ref doc are indexed"),
    INDEX_UNINDEXED_REF_DOC("index.unindexed-ref-doc", Severity.INFO, "cascade-delete-ref-doc", "a ref doc whose nodes no index references"),
    // ---- vector stores (spec §6, §11.2)
    VECTOR_ORPHAN("vector.orphan", Severity.WARNING, "delete-orphan-vectors", "vector for an id no index knows"),
    VECTOR_MIXED_DIMENSIONS("vector.mixed-dimensions", Severity.ERROR, null, "embeddings of different dimensions in one store"),
    VECTOR_NON_FINITE("vector.non-finite", Severity.ERROR, null, "embedding holds NaN, Infinity or null"),
    VECTOR_ZERO("vector.zero", Severity.WARNING, null, "all-zero embedding"),
    VECTOR_NOT_ARRAY("vector.bad-embedding", Severity.ERROR, null, "embedding is not an array of numbers"),
    VECTOR_REF_DOC_MISMATCH("vector.ref-doc-mismatch", Severity.WARNING, null, "text_id_to_ref_doc_id disagrees with the docstore"),
    VECTOR_METADATA_DISAGREES("vector.metadata-disagrees", Severity.WARNING, null, "metadata_dict ref doc ids or _node_type disagree with text_id_to_ref_doc_id or the docstore"),
    VECTOR_MISSING_METADATA("vector.missing-metadata", Severity.WARNING, null, "metadata_dict entry missing (filtered queries raise)"),
    VECTOR_MISSING_REF_DOC_ID("vector.missing-ref-doc-id", Severity.WARNING, null, "text_id_to_ref_doc_id entry missing (delete by ref doc misses it)"),
    VECTOR_LEGACY_DOC_ID_KEY("vector.legacy-doc-id-key", Severity.WARNING, null, "legacy text_id_to_doc_id that current LlamaIndex ignores"),
    // ---- graph and chat stores (spec §7, §8, §11.2)
    GRAPH_RELATION_KEY("graph.relation-key-mismatch", Severity.ERROR, null, "relation key is not source_label_target"),
    GRAPH_KG_UNLINKED("graph.kg-entity-unlinked", Severity.INFO, null, "a graph_store.json subject or object no knowledge graph index keyword links to a text chunk"),
    GRAPH_VECTOR_ENTITY_MISSING("graph.vector-entity-missing", Severity.WARNING, null, "a vector embedded for a property graph entity the graph does not hold"),
    GRAPH_CHUNK_NOT_IN_DOCSTORE("graph.chunk-not-in-docstore", Severity.WARNING, null, "a property graph chunk node that docstore/data does not hold"),
    GRAPH_MISSING_NODE("graph.triplet-missing-node", Severity.ERROR, null, "triplet or relation names a missing node"),
    CHAT_UNKNOWN_ROLE("chat.unknown-role", Severity.ERROR, null, "message role LlamaIndex does not know"),
    CHAT_MALFORMED_BLOCK("chat.malformed-block", Severity.ERROR, null, "message block without a known block_type or its content");

    private final String id;
    private final Severity severity;
    private final String repair;
    private final String title;

    CheckId(String id, Severity severity, String repair, String title) {
        this.id = id;
        this.severity = severity;
        this.repair = repair;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The repair id, or null when this check has no automatic fix. */
    public String repair() {
        return repair;
    }

    public String title() {
        return title;
    }

    public static Optional<CheckId> byId(String id) {
        for (CheckId c : values()) if (c.id.equals(id)) return Optional.of(c);
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
