package dev.storescope.inspect.tree;

import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;

import java.nio.charset.StandardCharsets;

/**
 * The quick test of the search: can a stored value's raw bytes contain the needle at all? Only a
 * needle of printable ASCII without {@code "}, {@code \} and {@code /} is written the same by every
 * JSON writer (no escaping), so only then is "not in the bytes" proof of "not in the value". The
 * comparison ignores ASCII case.
 */
final class RawBytes {
    private final byte[] lower;

    private RawBytes(byte[] lower) {
        this.lower = lower;
    }

    /** A filter for the (already lower-cased) needle, or null when raw bytes cannot decide. */
    static RawBytes forNeedle(String needleLower) {
        if (needleLower == null || needleLower.isEmpty()) return null;
        for (int i = 0; i < needleLower.length(); i++) {
            char c = needleLower.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '/') return null;
        }
        return new RawBytes(needleLower.getBytes(StandardCharsets.US_ASCII));
    }

    /** A filter for a metadata key: the raw record must contain {@code "key"}; null when the key may be escaped. */
    static RawBytes forKey(String key) {
        RawBytes inner = forNeedle(key.toLowerCase(java.util.Locale.ROOT));
        if (inner == null) return null;
        byte[] b = new byte[inner.lower.length + 2];
        b[0] = '"';
        System.arraycopy(inner.lower, 0, b, 1, inner.lower.length);
        b[b.length - 1] = '"';
        return new RawBytes(b);
    }

    /** False only when the value certainly does not contain the needle. */
    boolean mayContain(JsonValue v) {
        if (!(v instanceof RawJson raw)) return true;
        byte[] b = raw.bytes();
        int n = lower.length;
        byte first = lower[0];
        outer:
        for (int i = 0, end = b.length - n; i <= end; i++) {
            if (lowerAscii(b[i]) != first) continue;
            for (int k = 1; k < n; k++) if (lowerAscii(b[i + k]) != lower[k]) continue outer;
            return true;
        }
        return false;
    }

    private static byte lowerAscii(byte c) {
        return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
    }
}
