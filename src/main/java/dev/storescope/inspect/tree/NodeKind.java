package dev.storescope.inspect.tree;

/** What a {@link StoreNode} stands for; the UI picks an icon by it. */
public enum NodeKind {
    /** The persist dir (the root). */
    DIR,
    /** A file StoreScope models (document store, index store, chat store, …). */
    FILE,
    /** A grouping branch ("Ref docs", "Nodes without a ref doc", "Raw collections", "Relations", …). */
    GROUP,
    /** A collection of a key-value file ({@code docstore/data}, …). */
    COLLECTION,
    /** One key of a collection. */
    KV_ENTRY,
    REF_DOC,
    DOC_NODE,
    INDEX_STRUCT,
    /** A node id listed by an index struct that is absent from the document store. */
    MISSING,
    VECTOR_NAMESPACE,
    VECTOR,
    GRAPH_SUBJECT,
    TRIPLET,
    PG_ENTITY,
    PG_CHUNK,
    PG_RELATION,
    CHAT_SESSION,
    CHAT_MESSAGE,
    /** A file StoreScope does not model, or one that failed to load (then {@link StoreNode#problem()}). */
    OTHER_FILE
}
