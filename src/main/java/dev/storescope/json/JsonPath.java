package dev.storescope.json;

/** JSONPath-style locations used in messages: {@code $["docstore/data"]["node-1"]["metadata"][0]}. */
public final class JsonPath {
    public static final String ROOT = "$";

    private JsonPath() {
    }

    public static String key(String parent, String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f) {
                return parent + "[" + JsonWriter.toJson(JsonString.of(key), JsonStyle.COMPACT) + "]";
            }
        }
        return parent + "[\"" + key + "\"]";
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
