package dev.storescope.vector_stores;

import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonValue;

/** One metadata filter: {@code metadata[key] <operator> value} (a null value is JSON null, Python's None). */
public record MetadataFilter(String key, JsonValue value, FilterOperator operator) implements FilterItem {
    public MetadataFilter {
        if (value == null) value = JsonNull.INSTANCE;
    }

    public static MetadataFilter eq(String key, JsonValue value) {
        return new MetadataFilter(key, value, FilterOperator.EQ);
    }
}
