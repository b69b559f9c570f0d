package dev.storescope.vector_stores;

import dev.storescope.json.JsonValue;

/** One metadata filter: {@code metadata[key] <operator> value}. */
public record MetadataFilter(String key, JsonValue value, FilterOperator operator) implements FilterItem {
    public static MetadataFilter eq(String key, JsonValue value) {
        return new MetadataFilter(key, value, FilterOperator.EQ);
    }
}
