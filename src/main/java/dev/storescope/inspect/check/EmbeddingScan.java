package dev.storescope.inspect.check;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;

/**
 * Facts about one stored embedding read straight from its bytes, without parsing a number: the
 * dimension (elements counted by commas), whether a {@code NaN}, {@code Infinity} or {@code null}
 * occurs, and whether every value is zero (no digit 1–9 before an exponent). The file's grammar
 * was validated when it was loaded, so these byte rules are exact.
 *
 * @param dimension values in the array (-1 when the value is not a flat array)
 * @param nonFinite a NaN, ±Infinity or null value occurs
 * @param zero      every value is zero (and there is at least one)
 */
record EmbeddingScan(int dimension, boolean nonFinite, boolean zero) {

    static EmbeddingScan of(JsonValue v) {
        if (v instanceof RawJson raw) return bytes(raw.source(), raw.start(), raw.end());
        if (!(v instanceof JsonArray a)) return new EmbeddingScan(-1, false, false);
        boolean nonFinite = false;
        boolean zero = a.size() > 0;
        for (JsonValue e : a.values()) {
            if (!(e instanceof JsonNumber n)) {
                if (e.isNull()) {
                    nonFinite = true;
                    zero = false;
                    continue;
                }
                return new EmbeddingScan(-1, false, false);
            }
            double d = n.doubleValue();
            if (!Double.isFinite(d)) nonFinite = true;
            if (d != 0) zero = false;
        }
        return new EmbeddingScan(a.size(), nonFinite, zero);
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH = 0x8080808080808080L;

    /** High bit set in each byte of {@code w} that equals {@code c} (exact, no false positives). */
    private static long eq(long w, int c) {
        long x = w ^ (ONES * c);
        long t = ((x & LOW7) + LOW7) | x;
        return ~t & HIGH;
    }

    static EmbeddingScan bytes(JsonSource src, int start, int end) {
        if (src.get(start) != '[') return new EmbeddingScan(-1, false, false);
        java.nio.ByteBuffer buf = src.buffer0();
        int from = start + 1;
        int to = end - 1;
        int commas = 0;
        boolean special = false;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = buf.getLong(i);
            commas += Long.bitCount(eq(w, ','));
            if (!special && (eq(w, 'N') | eq(w, 'I') | eq(w, 'n') | eq(w, '[') | eq(w, '{') | eq(w, '"') | eq(w, 't') | eq(w, 'f')) != 0) special = true;
        }
        for (; i < to; i++) {
            byte b = buf.get(i);
            if (b == ',') commas++;
            else if (b == 'N' || b == 'I' || b == 'n' || b == '[' || b == '{' || b == '"' || b == 't' || b == 'f') special = true;
        }
        boolean nonFinite = false;
        if (special) {
            for (int k = from; k < to; k++) {
                byte b = buf.get(k);
                if (b == '[' || b == '{' || b == '"' || b == 't' || b == 'f') return new EmbeddingScan(-1, false, false);
                if (b == 'N' || b == 'I' || b == 'n') nonFinite = true;
            }
        }
        boolean any = false;
        boolean nonZero = false;
        boolean exponent = false;
        for (int k = from; k < to && !nonZero; k++) { // stops at the first significant non-zero digit
            byte b = buf.get(k);
            if (b >= '1' && b <= '9') {
                any = true;
                if (!exponent) nonZero = true;
            } else if (b == '0' || b == 'N' || b == 'I' || b == 'n') {
                any = true;
            } else if (b == ',') {
                exponent = false;
            } else if (b == 'e' || b == 'E') {
                exponent = true;
            }
        }
        int dim = any ? commas + 1 : 0;
        return new EmbeddingScan(dim, nonFinite, dim > 0 && !nonZero && !nonFinite);
    }
}
