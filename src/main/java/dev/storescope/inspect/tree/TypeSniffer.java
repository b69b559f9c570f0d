package dev.storescope.inspect.tree;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;

import java.nio.charset.StandardCharsets;

/**
 * Reads the {@code __type__} of a node envelope from its raw bytes without parsing the record:
 * Python writes it after {@code __data__} (so near the end), LlamaIndex.TS too; old files first.
 */
final class TypeSniffer {
    private static final byte[] KEY = "\"__type__\"".getBytes(StandardCharsets.US_ASCII);

    private TypeSniffer() {
    }

    /** The type code, or null when there is none (then the caller treats the record as a node). */
    static String typeCode(JsonValue v) {
        if (v == null) return null;
        if (v instanceof RawJson raw) {
            String t = scan(raw, Math.max(raw.start(), raw.end() - 64), raw.end());
            if (t == null) t = scan(raw, raw.start(), Math.min(raw.end(), raw.start() + 64));
            if (t != null) return t;
        }
        JsonValue r = v.resolve();
        return r instanceof JsonObject o && o.get("__type__") instanceof JsonString s ? s.value() : null;
    }

    private static String scan(RawJson raw, int from, int to) {
        var src = raw.source();
        outer:
        for (int i = from; i + KEY.length <= to; i++) {
            for (int k = 0; k < KEY.length; k++) if (src.get(i + k) != KEY[k]) continue outer;
            int p = i + KEY.length;
            while (p < raw.end() && (src.get(p) == ' ' || src.get(p) == ':' || src.get(p) == '\n' || src.get(p) == '\t' || src.get(p) == '\r')) p++;
            if (p >= raw.end() || src.get(p) != '"') return null;
            int q = p + 1;
            while (q < raw.end() && src.get(q) != '"' && src.get(q) != '\\' && q - p < 40) q++;
            if (q >= raw.end() || src.get(q) != '"') return null;
            return new String(src.bytes(p + 1, q), StandardCharsets.UTF_8);
        }
        return null;
    }
}
