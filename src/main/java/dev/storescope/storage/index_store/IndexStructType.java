package dev.storescope.storage.index_store;

import java.util.HashMap;
import java.util.Map;

/**
 * LlamaIndex's {@code IndexStructType}: the {@code __type__} values of index store records (spec §5.2).
 * Only the {@linkplain #isLoadableByCore() registered} ones have a struct class in core; the others
 * exist in the enum only and Python's loader fails on them with a {@code KeyError}.
 */
public enum IndexStructType {
    TREE("tree", true),
    LIST("list", true),
    KEYWORD_TABLE("keyword_table", true),
    VECTOR_STORE("vector_store", true),
    MULTIMODAL_VECTOR_STORE("multimodal", true),
    KG("kg", true),
    SIMPLE_LPG("simple_lpg", true),
    EMPTY("empty", true),
    DOCUMENT_SUMMARY("document_summary", true),
    SQL("sql", true),
    PANDAS("pandas", true),
    NODE("node", false),
    DICT("dict", false),
    SIMPLE_DICT("simple_dict", false),
    WEAVIATE("weaviate", false),
    PINECONE("pinecone", false),
    QDRANT("qdrant", false),
    LANCEDB("lancedb", false),
    MILVUS("milvus", false),
    CHROMA("chroma", false),
    MYSCALE("myscale", false),
    CLICKHOUSE("clickhouse", false),
    OPENSEARCH("opensearch", false),
    DASHVECTOR("dashvector", false),
    CHATGPT_RETRIEVAL_PLUGIN("chatgpt_retrieval_plugin", false),
    DEEPLAKE("deeplake", false),
    EPSILLA("epsilla", false),
    SIMPLE_KG("simple_kg", false),
    NEBULAGRAPH("nebulagraph", false),
    FALKORDB("falkordb", false),
    COMPOSITE("composite", false),
    VECTARA("vectara", false),
    POSTGRESML("postgresml", false);

    private static final Map<String, IndexStructType> BY_VALUE = new HashMap<>();

    static {
        for (IndexStructType t : values()) BY_VALUE.put(t.value, t);
    }

    private final String value;
    private final boolean loadable;

    IndexStructType(String value, boolean loadable) {
        this.value = value;
        this.loadable = loadable;
    }

    /** The {@code __type__} string on disk. */
    public String value() {
        return value;
    }

    /** True when core registers a struct class for it ({@code INDEX_STRUCT_TYPE_TO_INDEX_STRUCT_CLASS}). */
    public boolean isLoadableByCore() {
        return loadable;
    }

    /** The enum value for a {@code __type__} string, or null when the string is not an IndexStructType. */
    public static IndexStructType fromValue(String value) {
        return value == null ? null : BY_VALUE.get(value);
    }
}
