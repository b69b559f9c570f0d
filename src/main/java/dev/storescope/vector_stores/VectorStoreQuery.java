package dev.storescope.vector_stores;

import java.util.List;

/**
 * A query (LlamaIndex's {@code VectorStoreQuery}, the fields SimpleVectorStore uses).
 *
 * @param queryEmbedding   the vector to compare with
 * @param similarityTopK   how many results (null = all)
 * @param nodeIds          restrict candidates to these ids (null = all)
 * @param filters          metadata filters (null = none)
 * @param mode             {@code default} or {@code mmr}
 * @param mmrThreshold     MMR trade-off (null = 0.5)
 */
public record VectorStoreQuery(double[] queryEmbedding, Integer similarityTopK, List<String> nodeIds, MetadataFilters filters,
                               VectorStoreQueryMode mode, Double mmrThreshold) {
    public static VectorStoreQuery of(double[] embedding, int topK) {
        return new VectorStoreQuery(embedding, topK, null, null, VectorStoreQueryMode.DEFAULT, null);
    }

    public VectorStoreQuery withFilters(MetadataFilters f) {
        return new VectorStoreQuery(queryEmbedding, similarityTopK, nodeIds, f, mode, mmrThreshold);
    }

    public VectorStoreQuery withMode(VectorStoreQueryMode m, Double threshold) {
        return new VectorStoreQuery(queryEmbedding, similarityTopK, nodeIds, filters, m, threshold);
    }

    public VectorStoreQuery withNodeIds(List<String> ids) {
        return new VectorStoreQuery(queryEmbedding, similarityTopK, ids, filters, mode, mmrThreshold);
    }
}
