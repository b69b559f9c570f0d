package dev.storescope.inspect.diff;

import dev.storescope.json.JsonValue;
import dev.storescope.storage.StoreFormatException;
import dev.storescope.vector_stores.EmbeddingParser;
import dev.storescope.vector_stores.Similarity;

/** Embedding drift: cosine similarity of the old and the new vector (parsed straight from their bytes). */
final class Cosine {
    private Cosine() {
    }

    /** cos(a, b), or NaN when either is not a numeric array, they differ in length, or one is all zeros. */
    static double of(JsonValue a, JsonValue b) {
        double[] x;
        double[] y;
        try {
            x = EmbeddingParser.parse(a);
            y = EmbeddingParser.parse(b);
        } catch (StoreFormatException | dev.storescope.json.JsonSyntaxException e) {
            return Double.NaN;
        }
        if (x.length != y.length || x.length == 0) return Double.NaN;
        return Similarity.cosine(x, y); // NaN when one is all zeros
    }

    /** Rounded for reports (6 decimals). */
    static Object rounded(double c) {
        return Double.isNaN(c) ? "n/a" : Math.round(c * 1e6) / 1e6;
    }
}
