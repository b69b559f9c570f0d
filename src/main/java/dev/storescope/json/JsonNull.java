package dev.storescope.json;

/** JSON {@code null} (Python {@code None}). */
public enum JsonNull implements JsonValue {
    INSTANCE;

    @Override
    public String toString() {
        return "null";
    }
}
