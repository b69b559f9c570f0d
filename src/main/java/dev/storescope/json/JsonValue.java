package dev.storescope.json;

/**
 * An immutable JSON value. Containers keep Python dict order; numbers keep their lexeme.
 * {@link RawJson} is an unparsed slice of a file: it is parsed only when someone asks for it and
 * written back verbatim when nobody changed it.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBool, JsonNull, RawJson {

    /** This value with any {@link RawJson} at the top level parsed (children may stay raw). */
    default JsonValue resolve() {
        return this;
    }

    /** A short name of the JSON kind, as Python calls it (for error messages). */
    default String kind() {
        JsonValue v = resolve();
        if (v instanceof JsonObject) return "object";
        if (v instanceof JsonArray) return "array";
        if (v instanceof JsonString) return "string";
        if (v instanceof JsonNumber) return "number";
        if (v instanceof JsonBool) return "boolean";
        return "null";
    }

    default boolean isNull() {
        return resolve() instanceof JsonNull;
    }
}
