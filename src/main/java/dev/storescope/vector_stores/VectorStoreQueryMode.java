package dev.storescope.vector_stores;

/** LlamaIndex's {@code VectorStoreQueryMode}; SimpleVectorStore answers {@code default} and {@code mmr}. */
public enum VectorStoreQueryMode {
    DEFAULT("default"), SPARSE("sparse"), HYBRID("hybrid"), TEXT_SEARCH("text_search"), SEMANTIC_HYBRID("semantic_hybrid"),
    SVM("svm"), LOGISTIC_REGRESSION("logistic_regression"), LINEAR_REGRESSION("linear_regression"), MMR("mmr");

    private final String value;

    VectorStoreQueryMode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static VectorStoreQueryMode of(String value) {
        for (VectorStoreQueryMode m : values()) if (m.value.equals(value)) return m;
        throw new IllegalArgumentException("'" + value + "' is not a valid VectorStoreQueryMode");
    }

    @Override
    public String toString() {
        return "VectorStoreQueryMode." + name();
    }
}
