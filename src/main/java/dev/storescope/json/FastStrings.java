package dev.storescope.json;

import java.nio.charset.StandardCharsets;

/**
 * Decodes a JSON string slice without a parser (the checker reads 100,000s of ids and texts):
 * plain UTF-8 and the JSON escapes. Returns null when the slice is not a simple well-formed string
 * or its bytes are not valid UTF-8, so the caller falls back to the full parser and its errors.
 */
public final class FastStrings {
    private FastStrings() {
    }

    public static String decode(JsonSource src, int start, int end) {
        if (end - start < 2 || src.get(start) != '"' || src.get(end - 1) != '"') return null;
        byte[] b = src.bytes(start + 1, end - 1);
        String ascii = ascii(b);
        if (ascii != null) return ascii == BAD ? null : ascii;
        boolean escapes = false;
        boolean replacementInBytes = false;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\\') escapes = true;
            else if ((b[i] & 0xff) == 0xEF && i + 2 < b.length && (b[i + 1] & 0xff) == 0xBF && (b[i + 2] & 0xff) == 0xBD) replacementInBytes = true;
        }
        String raw = new String(b, StandardCharsets.UTF_8);
        if (!replacementInBytes && raw.indexOf('\uFFFD') >= 0) return null; // invalid UTF-8: let the parser report it
        if (!escapes) return raw;
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= raw.length()) return null;
            char e = raw.charAt(i);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (i + 4 >= raw.length()) return null;
                    int cp = 0;
                    for (int k = 1; k <= 4; k++) {
                        int d = Character.digit(raw.charAt(i + k), 16);
                        if (d < 0) return null;
                        cp = cp * 16 + d;
                    }
                    sb.append((char) cp);
                    i += 4;
                }
                default -> {
                    return null;
                }
            }
        }
        return sb.toString();
    }

    /** The string a value holds (decoded from its bytes when it is a raw slice), or null when it is not a string. */
    public static String stringValue(JsonValue v) {
        if (v instanceof RawJson raw) return string(raw.source(), raw.start(), raw.end(), raw.path());
        return v.resolve() instanceof JsonString s ? s.value() : null;
    }

    /** The string at {@code [start, end)} of {@code src}: decoded from its bytes, else parsed; null when it is no string. */
    public static String string(JsonSource src, int start, int end, String path) {
        String s = decode(src, start, end);
        if (s != null) return s;
        return JsonReader.parse(src, start, end, path) instanceof JsonString js ? js.value() : null;
    }

    /** One string member of an object value (see {@link #members}), or null when it is absent or no string. */
    public static String member(JsonValue object, String key) {
        return members(object, java.util.Set.of(key)).get(key);
    }

    /**
     * The string members named {@code keys} of an object value, in order; members that are no string,
     * or whose bytes do not decode (other checks report those), are left out. A raw object is
     * scanned and only those members are decoded (the others are skipped, never parsed); a value
     * that is no object gives none. A repeated key counts as Python counts it: the last one.
     */
    public static java.util.Map<String, String> members(JsonValue object, java.util.Set<String> keys) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (object == null) return out;
        if (object instanceof RawJson raw) {
            if (!raw.isObject()) return out;
            for (JsonScanner.Member m : new JsonScanner(raw.source()).members(raw.start(), raw.path())) {
                if (!keys.contains(m.key())) continue;
                String s;
                try {
                    s = string(raw.source(), m.valueStart(), m.valueEnd(), JsonPath.key(raw.path(), m.key()));
                } catch (RuntimeException e) {
                    s = null;
                }
                if (s != null) out.put(m.key(), s);
                else out.remove(m.key());
            }
            return out;
        }
        if (object.resolve() instanceof JsonObject o) {
            for (String k : o.keys()) if (keys.contains(k) && o.get(k) instanceof JsonString s) out.put(k, s.value());
        }
        return out;
    }

    /** Marks a malformed escape (compared by identity). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String BAD = new String("malformed escape");

    /** The fast path: only ASCII bytes (Python's ensure_ascii output), escapes decoded into a char array; null when a byte is not ASCII. */
    private static String ascii(byte[] b) {
        char[] out = new char[b.length];
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i];
            if (c < 0) return null;
            if (c != '\\') {
                out[n++] = (char) c;
                continue;
            }
            if (++i >= b.length) return BAD;
            switch (b[i]) {
                case '"', '\\', '/' -> out[n++] = (char) b[i];
                case 'b' -> out[n++] = '\b';
                case 'f' -> out[n++] = '\f';
                case 'n' -> out[n++] = '\n';
                case 'r' -> out[n++] = '\r';
                case 't' -> out[n++] = '\t';
                case 'u' -> {
                    if (i + 4 >= b.length) return BAD;
                    int cp = 0;
                    for (int k = 1; k <= 4; k++) {
                        int d = Character.digit(b[i + k], 16);
                        if (d < 0) return BAD;
                        cp = cp * 16 + d;
                    }
                    out[n++] = (char) cp;
                    i += 4;
                }
                default -> {
                    return BAD;
                }
            }
        }
        return new String(out, 0, n);
    }
}
