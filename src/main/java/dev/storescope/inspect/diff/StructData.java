package dev.storescope.inspect.diff;

import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;
import dev.storescope.json.RawJson;
import dev.storescope.json.Section;

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
    private final JsonDocument doc;

    private StructData(String type, JsonDocument doc) {
        this.type = type;
        this.doc = doc;
    }

    /** From an envelope {@code {"__type__", "__data__"}}; null when it has no usable {@code __data__}. */
    static StructData of(JsonValue envelope, String label) {
        if (!(envelope.resolve() instanceof JsonObject env)) return null;
        String type = env.getString("__type__");
        JsonValue d = env.get("__data__");
        byte[] bytes;
        if (d instanceof JsonString s) bytes = s.value().getBytes(StandardCharsets.UTF_8);
        else if (d instanceof JsonObject o) bytes = JsonWriter.toBytes(o, JsonStyle.PYTHON);
        else return null;
        try {
            return new StructData(type, JsonDocument.load(JsonSource.of(bytes, label + " __data__")));
        } catch (RuntimeException e) {
            return null;
        }
    }

    String type() {
        return type;
    }

    List<String> fieldNames() {
        return doc.names();
    }

    JsonValue field(String name) {
        return doc.has(name) ? doc.get(name) : null;
    }

    /** The entries of an object field (raw), or null when it is absent or no object. */
    Map<String, JsonValue> entries(String name) {
        JsonValue v = field(name);
        if (!(v instanceof RawJson r) || !r.isObject()) return null;
        Section s = doc.section(name);
        return s == null ? null : s.entries();
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
