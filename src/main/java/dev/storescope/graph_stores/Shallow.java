package dev.storescope.graph_stores;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonPath;
import dev.storescope.json.JsonScanner;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;
import dev.storescope.storage.StoreFormatException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * One-level views of raw values: an object's members or an array's elements as {@link RawJson}
 * children, so a changed container is rewritten while its untouched children are copied verbatim.
 */
final class Shallow {
    private Shallow() {
    }

    /** The object's members, children unparsed; {@code what} names the expected content in errors. */
    static JsonObject object(JsonValue v, String what) {
        if (v instanceof RawJson raw) {
            if (!raw.isObject()) throw new StoreFormatException(raw.source().label() + ": " + raw.path() + " is a JSON " + raw.kind() + ", expected " + what);
            LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
            for (JsonScanner.Member mem : new JsonScanner(raw.source()).members(raw.start(), raw.path())) {
                m.put(mem.key(), new RawJson(raw.source(), mem.valueStart(), mem.valueEnd(), raw.style(), raw.depth() + 1, raw.path(), mem.key()));
            }
            return JsonObject.of(m);
        }
        if (v instanceof JsonObject o) return o;
        throw new StoreFormatException("a JSON " + v.kind() + " where " + what + " was expected");
    }

    /** The array's elements, unparsed. */
    static List<JsonValue> elements(JsonValue v, String what) {
        if (v instanceof RawJson raw) {
            if (raw.firstByte() != '[') throw new StoreFormatException(raw.source().label() + ": " + raw.path() + " is a JSON " + raw.kind() + ", expected " + what);
            List<JsonValue> out = new ArrayList<>();
            String path = raw.path();
            for (JsonScanner.Element e : new JsonScanner(raw.source()).elements(raw.start(), path)) {
                out.add(new RawJson(raw.source(), e.start(), e.end(), raw.style(), raw.depth() + 1, JsonPath.index(path, out.size())));
            }
            return out;
        }
        if (v instanceof JsonArray a) return new ArrayList<>(a.rawElements());
        throw new StoreFormatException("a JSON " + v.kind() + " where " + what + " was expected");
    }

    /** Where a value came from, for messages ({@code file: $["graph_dict"]["x"][0]}), or "" for a value built in memory. */
    static String where(JsonValue v) {
        return v instanceof RawJson raw ? raw.source().label() + ": " + raw.path() + ": " : "";
    }

    /** The strings of an array of exactly {@code n} strings, or null when it is something else. */
    static List<String> strings(JsonValue v, int n) {
        if (!(v.resolve() instanceof JsonArray a) || a.size() != n) return null;
        List<String> out = new ArrayList<>(n);
        for (JsonValue e : a.values()) {
            if (!(e instanceof dev.storescope.json.JsonString s)) return null;
            out.add(s.value());
        }
        return out;
    }

    /** Python's {@code xs[:n]}. */
    static <T> List<T> sliceTo(List<T> xs, int n) {
        int end = n < 0 ? Math.max(0, xs.size() + n) : Math.min(n, xs.size());
        return new ArrayList<>(xs.subList(0, end));
    }
}
