package dev.storescope.vector_stores;

/** Cosine similarity as LlamaIndex's default {@code similarity()} computes it (NaN for a zero vector). */
public final class Similarity {
    private Similarity() {
    }

    public static double dot(double[] a, int aOff, double[] b, int bOff, int dim) {
        double s = 0;
        for (int i = 0; i < dim; i++) s += a[aOff + i] * b[bOff + i];
        return s;
    }

    public static double norm(double[] a, int off, int dim) {
        return Math.sqrt(dot(a, off, a, off, dim));
    }

    public static double cosine(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("ValueError: shapes (" + a.length + ",) and (" + b.length + ",) not aligned");
        }
        return dot(a, 0, b, 0, a.length) / (norm(a, 0, a.length) * norm(b, 0, b.length));
    }
}
