package dev.storescope.json;

/** JSON {@code true}/{@code false}. */
public enum JsonBool implements JsonValue {
    TRUE, FALSE;

    public static JsonBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public boolean value() {
        return this == TRUE;
    }

    @Override
    public String toString() {
        return value() ? "true" : "false";
    }
}
