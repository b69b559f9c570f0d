package dev.storescope.inspect.diff;

import dev.storescope.inspect.ValueRef;

import java.util.List;
import java.util.Map;

/**
 * One listed difference: an item of a store (by id) that was added, removed, changed or re-id'd.
 *
 * @param store   the file it lives in ({@code docstore.json}, {@code default__vector_store.json}, …)
 * @param kind    what the item is
 * @param id      its id (for a re-id: the new id)
 * @param status  what happened
 * @param fields  for a change: the parts that differ ({@code text}, {@code metadata.file_name},
 *                {@code relationships.1}, {@code embedding}, {@code hash}, {@code nodes}, a JSON path, …)
 * @param details facts about the change, in order: {@code cosine}, {@code old_id},
 *                {@code nodes_before}/{@code nodes_after}, {@code joined}/{@code left}, …
 * @param ref     what the item is in the store model: "take this side" copies it
 */
public record Change(String store, Kind kind, String id, Status status, List<String> fields, Map<String, Object> details, ValueRef ref) {
    public Change {
        fields = List.copyOf(fields);
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }
}
