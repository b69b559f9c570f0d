package dev.storescope.inspect.diff;

/** The kinds of items a diff counts, with the key of their summary in JSON output. */
public enum Kind {
    REF_DOC("ref_docs", "ref doc"),
    NODE("nodes", "node"),
    DOC_HASH("doc_hashes", "doc hash"),
    INDEX_STRUCT("index_structs", "index struct"),
    VECTOR("vectors", "vector"),
    TRIPLET("triplets", "triplet"),
    GRAPH_NODE("graph_nodes", "graph node"),
    GRAPH_RELATION("graph_relations", "graph relation"),
    CHAT_SESSION("chat_sessions", "chat session"),
    CHAT_MESSAGE("chat_messages", "chat message"),
    /** An entry of a collection or member StoreScope does not model: compared as JSON. */
    ENTRY("entries", "entry"),
    /** A whole file (added, removed, or a file that is not JSON). */
    FILE("files", "file");

    private final String summaryKey;
    private final String label;

    Kind(String summaryKey, String label) {
        this.summaryKey = summaryKey;
        this.label = label;
    }

    public String summaryKey() {
        return summaryKey;
    }

    /** Singular, for people. */
    public String label() {
        return label;
    }

    /** The kind's JSON name of one change ({@code node}, {@code ref_doc}, …). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
