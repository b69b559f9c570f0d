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
        if (v instanceof RawJson raw) return parse(raw.bytes(), raw.source().label() + " at " + raw.path());
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
                d = JavaDoubleParser.parseDouble(b, start, i - start);
            }
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = d;
            i = skipWs(b, i);
            if (i < b.length && b[i] == ',') i = skipWs(b, i + 1);
            else break;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static int skipWs(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) i++;
        return i;
    }
}
