package dev.storescope.vector_stores;

import java.util.List;

/** Ids and similarities, best first (SimpleVectorStore returns no nodes: text lives in the docstore). */
public record VectorStoreQueryResult(List<String> ids, List<Double> similarities) {
}
