package dev.storescope.vector_stores;

import java.util.List;

/** A group of filters combined by a condition (LlamaIndex's {@code MetadataFilters}); groups may nest. */
public record MetadataFilters(List<FilterItem> filters, FilterCondition condition) implements FilterItem {
    public MetadataFilters {
        filters = List.copyOf(filters);
    }

    public static MetadataFilters and(FilterItem... filters) {
        return new MetadataFilters(List.of(filters), FilterCondition.AND);
    }

    public static MetadataFilters or(FilterItem... filters) {
        return new MetadataFilters(List.of(filters), FilterCondition.OR);
    }
}
