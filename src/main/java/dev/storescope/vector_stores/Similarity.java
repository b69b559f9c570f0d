package dev.storescope.vector_stores;

/** Cosine similarity as LlamaIndex's default {@code similarity()} computes it (NaN for a zero vector). */
public final class Similarity {
    private Similarity() {
    }

    /**
     * The dot product with four independent partial sums (numpy's BLAS also does not sum strictly
     * left to right; results agree with numpy to ~1e-15 relative).
     */
    public static double dot(double[] a, int aOff, double[] b, int bOff, int dim) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (int n = dim - 3; i < n; i += 4) {
            s0 += a[aOff + i] * b[bOff + i];
            s1 += a[aOff + i + 1] * b[bOff + i + 1];
            s2 += a[aOff + i + 2] * b[bOff + i + 2];
            s3 += a[aOff + i + 3] * b[bOff + i + 3];
        }
        for (; i < dim; i++) s0 += a[aOff + i] * b[bOff + i];
        return (s0 + s1) + (s2 + s3);
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
