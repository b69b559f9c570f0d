package dev.storescope.vector_stores;

/**
 * Cheap facts about one embedding for the inspector and the checker.
 *
 * @param dimension number of values
 * @param norm      L2 norm (NaN when a value is NaN)
 * @param nanCount  NaN values
 * @param infCount  ±Infinity values
 */
public record EmbeddingStats(int dimension, double norm, int nanCount, int infCount) {
    public boolean isZero() {
        return norm == 0;
    }

    public boolean isFinite() {
        return nanCount == 0 && infCount == 0;
    }

    public static EmbeddingStats of(double[] v) {
        double s = 0;
        int nan = 0;
        int inf = 0;
        for (double d : v) {
            if (Double.isNaN(d)) nan++;
            else if (Double.isInfinite(d)) inf++;
            s += d * d;
        }
        return new EmbeddingStats(v.length, Math.sqrt(s), nan, inf);
    }
}
