package dev.storescope.vector_stores;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;
import dev.storescope.storage.StoreFormatException;

/**
 * Reads an embedding (a JSON array of numbers) into a {@code double[]} straight from the file's
 * bytes, without building JSON values. {@code NaN}/{@code Infinity} read as Python reads them;
 * {@code null} (how LlamaIndex.TS writes NaN) reads as NaN.
 */
public final class EmbeddingParser {
    private EmbeddingParser() {
    }

    public static double[] parse(JsonValue v) {
        if (v instanceof RawJson raw) {
            try {
                return parse(raw.bytes(), raw.source().label() + " at " + raw.path());
            } catch (BadNumber e) {
                throw raw.source().error(raw.start() + e.offset, raw.path() + "[" + e.index + "]", "invalid number " + e.getMessage());
            }
        }
        JsonValue r = v.resolve();
        if (!(r instanceof JsonArray a)) throw new StoreFormatException("embedding is a JSON " + r.kind() + ", expected an array of numbers");
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            JsonValue e = a.get(i);
            if (e instanceof JsonNumber n) out[i] = n.doubleValue();
            else if (e instanceof JsonNull) out[i] = Double.NaN;
            else throw new StoreFormatException("embedding element " + i + " is a JSON " + e.kind() + ", expected a number");
        }
        return out;
    }

    /** Parses {@code [n, n, …]} from bytes that the structure scanner already validated. */
    static double[] parse(byte[] b, String where) {
        int i = skipWs(b, 0);
        if (i >= b.length || b[i] != '[') throw new StoreFormatException(where + ": embedding is not an array");
        double[] out = new double[Math.max(4, b.length / 8)];
        int n = 0;
        i = skipWs(b, i + 1);
        if (i < b.length && b[i] == ']') return new double[0];
        while (i < b.length) {
            int start = i;
            while (i < b.length && b[i] != ',' && b[i] != ']' && b[i] != ' ' && b[i] != '\n' && b[i] != '\r' && b[i] != '\t') i++;
            double d;
            if (b[start] == 'n') {
                d = Double.NaN;
            } else if (b[start] == '"' || b[start] == '[' || b[start] == '{' || b[start] == 't' || b[start] == 'f') {
                throw new StoreFormatException(where + ": embedding element " + n + " is not a number");
            } else {
                try {
                    if (!isJsonNumber(b, start, i)) throw new NumberFormatException();
                    d = JavaDoubleParser.parseDouble(b, start, i - start);
                } catch (NumberFormatException e) {
                    throw new BadNumber(start, n, new String(b, start, i - start, java.nio.charset.StandardCharsets.US_ASCII));
                }
            }
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = d;
            i = skipWs(b, i);
            if (i < b.length && b[i] == ',') i = skipWs(b, i + 1);
            else break;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Python's json number grammar: {@code -?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?}, {@code NaN}, {@code Infinity}, {@code -Infinity}. */
    static boolean isJsonNumber(byte[] b, int from, int to) {
        int i = from;
        if (i < to && b[i] == '-') i++;
        if (to - i == 8 && new String(b, i, 8, java.nio.charset.StandardCharsets.US_ASCII).equals("Infinity")) return true;
        if (i == from && to - i == 3 && b[i] == 'N' && b[i + 1] == 'a' && b[i + 2] == 'N') return true;
        if (i >= to) return false;
        if (b[i] == '0') {
            i++;
        } else if (b[i] >= '1' && b[i] <= '9') {
            while (i < to && b[i] >= '0' && b[i] <= '9') i++;
        } else {
            return false;
        }
        if (i < to && b[i] == '.') {
            int d = ++i;
            while (i < to && b[i] >= '0' && b[i] <= '9') i++;
            if (i == d) return false;
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < to && (b[i] == '+' || b[i] == '-')) i++;
            int d = i;
            while (i < to && b[i] >= '0' && b[i] <= '9') i++;
            if (i == d) return false;
        }
        return i == to;
    }

    /** A number token Python would not read (the scanner's fast path leaves number grammar to the parser). */
    private static final class BadNumber extends RuntimeException {
        final int offset;
        final int index;

        BadNumber(int offset, int index, String token) {
            super("'" + token + "'", null, false, false);
            this.offset = offset;
            this.index = index;
        }
    }

    private static int skipWs(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) i++;
        return i;
    }
}
