package dev.storescope.vector_stores;

import dev.storescope.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * All embeddings of a store parsed once into one primitive array (row-major) with their norms,
 * so a query is a tight loop over doubles. Built in parallel on first query.
 */
final class EmbeddingMatrix {
    final String[] ids;
    final double[] data;
    final double[] norms;
    final int dim;

    private EmbeddingMatrix(String[] ids, double[] data, double[] norms, int dim) {
        this.ids = ids;
        this.data = data;
        this.norms = norms;
        this.dim = dim;
    }

    static EmbeddingMatrix of(Map<String, JsonValue> embeddingDict) {
        int n = embeddingDict.size();
        String[] ids = new String[n];
        List<JsonValue> raws = new ArrayList<>(n);
        int k = 0;
        for (Map.Entry<String, JsonValue> e : embeddingDict.entrySet()) {
            ids[k++] = e.getKey();
            raws.add(e.getValue());
        }
        if (n == 0) return new EmbeddingMatrix(ids, new double[0], new double[0], 0);
        double[] first = EmbeddingParser.parse(raws.get(0));
        int dim = first.length;
        double[] data = new double[Math.multiplyExact(n, dim)];
        double[] norms = new double[n];
        System.arraycopy(first, 0, data, 0, dim);
        norms[0] = Similarity.norm(first, 0, dim);
        IntStream.range(1, n).parallel().forEach(i -> {
            double[] row = EmbeddingParser.parse(raws.get(i));
            if (row.length != dim) {
                throw new IllegalArgumentException("ValueError: setting an array element with a sequence. The requested array has an "
                        + "inhomogeneous shape after 1 dimensions (embedding of " + ids[i] + " has " + row.length
                        + " values, the first one " + dim + ")");
            }
            System.arraycopy(row, 0, data, i * dim, dim);
            norms[i] = Similarity.norm(row, 0, dim);
        });
        return new EmbeddingMatrix(ids, data, norms, dim);
    }

    int size() {
        return ids.length;
    }

    double[] row(int i) {
        double[] r = new double[dim];
        System.arraycopy(data, i * dim, r, 0, dim);
        return r;
    }

    /** Cosine similarity of row {@code i} with {@code q} (whose norm is {@code qNorm}), as numpy computes it. */
    double cosine(int i, double[] q, double qNorm) {
        return Similarity.dot(q, 0, data, i * dim, dim) / (qNorm * norms[i]);
    }
}
