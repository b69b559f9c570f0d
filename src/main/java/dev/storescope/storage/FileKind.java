package dev.storescope.storage;

/** What a file in a persist dir is, judged by its name and (cheaply) by its first bytes. */
public enum FileKind {
    DOCSTORE("document store"),
    INDEX_STORE("index store"),
    VECTOR_STORE("vector store"),
    GRAPH_STORE("graph store"),
    PROPERTY_GRAPH_STORE("property graph store"),
    CHAT_STORE("chat store"),
    INGESTION_CACHE("ingestion cache"),
    TS_DOC_STORE("LlamaIndex.TS document store"),
    TS_VECTOR_STORE("LlamaIndex.TS vector store"),
    PICKLE("Python pickle (never unpickled)"),
    BINARY_VECTOR_INDEX("binary vector index (e.g. FAISS)"),
    OTHER("file StoreScope does not model");

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Files held as a SimpleKVStore (collection → key → object). */
    public boolean isKeyValue() {
        return this == DOCSTORE || this == INDEX_STORE || this == INGESTION_CACHE || this == TS_DOC_STORE;
    }
}
