package dev.storescope.vector_stores;

/** An entry of a {@link MetadataFilters} group: a {@link MetadataFilter} or a nested group. */
public sealed interface FilterItem permits MetadataFilter, MetadataFilters {
}
