package dev.storescope.inspect.diff;

import dev.storescope.json.FastStrings;
import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonScanner;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;
import dev.storescope.json.RawJson;
import dev.storescope.json.Section;
import dev.storescope.storage.index_store.IndexStruct;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code __data__} of an index struct as a scanned document: its fields and the entries of
 * object fields stay raw slices, so two 100,000-node structs compare without building their
 * maps. (Decoding such a struct into values takes longer than the rest of a diff.)
 */
final class StructData {
    private final String type;
    private final IndexStruct.DataForm form;
    private final JsonDocument doc;

    private StructData(String type, IndexStruct.DataForm form, JsonDocument doc) {
        this.type = type;
        this.form = form;
        this.doc = doc;
    }

    /** From an envelope {@code {"__type__", "__data__"}}; null when it has no usable {@code __data__}. */
    static StructData of(JsonValue envelope, String label) {
        return of(envelope, label, null);
    }

    /** {@link #of(JsonValue, String)}, scanned against {@code like} (the same struct on the other side of a diff) where bytes recur. */
    static StructData of(JsonValue envelope, String label, StructData like) {
        JsonDocument base = like == null ? null : like.doc;
        if (envelope instanceof RawJson raw && raw.isObject()) return ofRaw(raw, label, base);
        if (!(envelope.resolve() instanceof JsonObject env)) return null;
        String type = env.getString("__type__");
        JsonValue d = env.get("__data__");
        byte[] bytes;
        if (d instanceof JsonString s) bytes = s.value().getBytes(StandardCharsets.UTF_8);
        else if (d instanceof JsonObject o) bytes = JsonWriter.toBytes(o, JsonStyle.PYTHON);
        else return null;
        return load(type, d instanceof JsonString ? IndexStruct.DataForm.STRING : IndexStruct.DataForm.OBJECT, bytes, label, base);
    }

    /**
     * From the bytes of an envelope without parsing it: its two members are found by a scan, an
     * encoded {@code __data__} string is unescaped straight from the file's bytes (an 8 MB struct
     * is not decoded by the full parser only to be encoded again), an object {@code __data__} is
     * scanned as it is.
     */
    private static StructData ofRaw(RawJson raw, String label, JsonDocument like) {
        JsonSource src = raw.source();
        String type = null;
        byte[] bytes = null;
        IndexStruct.DataForm form = null;
        try {
            for (JsonScanner.Member m : new JsonScanner(src).members(raw.start(), raw.path())) {
                if (m.key().equals("__type__")) {
                    type = FastStrings.string(src, m.valueStart(), m.valueEnd(), raw.path());
                } else if (m.key().equals("__data__")) {
                    bytes = dataBytes(src, m);
                    form = src.get(m.valueStart()) == '{' ? IndexStruct.DataForm.OBJECT : IndexStruct.DataForm.STRING;
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        if (bytes == null) return null;
        return load(type, form, bytes, label, like);
    }

    private static byte[] dataBytes(JsonSource src, JsonScanner.Member m) {
        byte first = src.get(m.valueStart());
        if (first == '{') return src.bytes(m.valueStart(), m.valueEnd());
        if (first != '"') return null;
        String s = FastStrings.string(src, m.valueStart(), m.valueEnd(), "__data__");
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static StructData load(String type, IndexStruct.DataForm form, byte[] bytes, String label, JsonDocument like) {
        try {
            return new StructData(type, form, JsonDocument.load(JsonSource.of(bytes, label + " __data__"), like));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The {@code __type__}, or null when it is no plain string. */
    String type() {
        return type;
    }

    /** How {@code __data__} is stored: an encoded string (Python) or an object. */
    IndexStruct.DataForm form() {
        return form;
    }

    List<String> fieldNames() {
        return doc.names();
    }

    JsonValue field(String name) {
        return doc.has(name) ? doc.get(name) : null;
    }

    /** The entries of an object field (raw), or null when it is absent or no object. */
    Map<String, JsonValue> entries(String name) {
        Section s = section(name);
        return s == null ? null : s.entries();
    }

    /** An object field as a section, or null when it is absent or no object. */
    Section section(String name) {
        JsonValue v = field(name);
        if (!(v instanceof RawJson r) || !r.isObject()) return null;
        return doc.section(name);
    }

    /** The string values of an object field ({@code nodes_dict}: vector id → node id), read without a parser where possible. */
    List<String> stringValues(String name) {
        Map<String, JsonValue> m = entries(name);
        List<String> out = new ArrayList<>();
        if (m == null) return out;
        for (JsonValue v : m.values()) {
            String s = plainString(v);
            if (s != null) out.add(s);
        }
        return out;
    }

    /** A JSON string without escapes straight from its bytes; else parsed; null when no string. */
    static String plainString(JsonValue v) {
        if (v instanceof RawJson r && r.firstByte() == '"') {
            byte[] b = r.bytes();
            boolean plain = b.length >= 2 && b[b.length - 1] == '"';
            for (int i = 1; plain && i < b.length - 1; i++) if (b[i] == '\\') plain = false;
            if (plain) return new String(b, 1, b.length - 2, StandardCharsets.UTF_8);
        }
        return v.resolve() instanceof JsonString s ? s.value() : null;
    }
}
