package dev.storescope.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An immutable JSON array; elements may be {@link RawJson} until someone reads them. */
public final class JsonArray implements JsonValue {
    public static final JsonArray EMPTY = new JsonArray(List.of());
    private final List<JsonValue> elements;

    private JsonArray(List<JsonValue> elements) {
        this.elements = elements;
    }

    public static JsonArray of(List<? extends JsonValue> elements) {
        return elements.isEmpty() ? EMPTY : new JsonArray(Collections.unmodifiableList(new ArrayList<>(elements)));
    }

    public static JsonArray of(JsonValue... elements) {
        return of(List.of(elements));
    }

    public static JsonArray ofStrings(List<String> strings) {
        List<JsonValue> l = new ArrayList<>(strings.size());
        for (String s : strings) l.add(JsonString.of(s));
        return of(l);
    }

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** Element {@code i}, parsed if it was raw. */
    public JsonValue get(int i) {
        return elements.get(i).resolve();
    }

    /** Elements as stored (raw ones stay raw). */
    public List<JsonValue> rawElements() {
        return elements;
    }

    /** Elements, each parsed if it was raw. */
    public List<JsonValue> values() {
        List<JsonValue> l = new ArrayList<>(elements.size());
        for (JsonValue v : elements) l.add(v.resolve());
        return l;
    }

    public JsonArray append(JsonValue v) {
        List<JsonValue> l = new ArrayList<>(elements);
        l.add(v);
        return new JsonArray(Collections.unmodifiableList(l));
    }

    /** The string elements (non-strings are skipped). */
    public List<String> strings() {
        List<String> l = new ArrayList<>(elements.size());
        for (JsonValue v : elements) if (v.resolve() instanceof JsonString s) l.add(s.value());
        return l;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonArray a && a.values().equals(values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return JsonWriter.toJson(this, JsonStyle.PYTHON);
    }
}
