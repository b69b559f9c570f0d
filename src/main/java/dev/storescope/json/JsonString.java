package dev.storescope.json;

import java.util.Objects;

/** A JSON string. The Java string may hold lone surrogates, exactly as a Python str can. */
public final class JsonString implements JsonValue {
    public static final JsonString EMPTY = new JsonString("");
    private final String value;

    private JsonString(String value) {
        this.value = Objects.requireNonNull(value);
    }

    public static JsonString of(String value) {
        return value.isEmpty() ? EMPTY : new JsonString(value);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonString s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return JsonWriter.toJson(this, JsonStyle.PYTHON);
    }
}
