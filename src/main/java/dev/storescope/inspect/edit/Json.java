package dev.storescope.inspect.edit;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;

import java.util.ArrayList;
import java.util.List;

/** JSON helpers of the editor: the display form, and shape checks with clear messages. */
final class Json {
    /** What the editor shows: 2-space indent, non-ASCII as is. */
    static final JsonStyle DISPLAY = JsonStyle.indented(2, false);

    private Json() {
    }

    static String show(JsonValue v) {
        return JsonWriter.toJson(v, DISPLAY);
    }

    static JsonValue parse(String text) {
        JsonCheck c = JsonCheck.of(text);
        if (!c.ok()) throw new IllegalArgumentException("invalid JSON at line " + c.line() + ", column " + c.column() + ": " + c.message());
        return c.value();
    }

    static JsonObject object(JsonValue v, String what) {
        if (v instanceof JsonObject o) return o;
        throw new IllegalArgumentException(what + " must be a JSON object, this is a JSON " + v.kind());
    }

    static JsonArray array(JsonValue v, String what) {
        if (v instanceof JsonArray a) return a;
        throw new IllegalArgumentException(what + " must be a JSON array, this is a JSON " + v.kind());
    }

    static String string(JsonValue v, String what) {
        if (v instanceof dev.storescope.json.JsonString s) return s.value();
        throw new IllegalArgumentException(what + " must be a JSON string, this is " + (v == null ? "missing" : "a JSON " + v.kind()));
    }

    static JsonArray numbers(double[] v) {
        List<JsonValue> l = new ArrayList<>(v.length);
        for (double d : v) l.add(JsonNumber.of(d));
        return JsonArray.of(l);
    }

    static double[] doubles(JsonValue v, String what) {
        JsonArray a = array(v, what);
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(a.get(i) instanceof JsonNumber n)) throw new IllegalArgumentException(what + "[" + i + "] must be a number, it is a JSON " + a.get(i).kind());
            out[i] = n.doubleValue();
        }
        return out;
    }
}
