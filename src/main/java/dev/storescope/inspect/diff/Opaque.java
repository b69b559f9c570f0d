package dev.storescope.inspect.diff;

import dev.storescope.json.JsonSource;

/**
 * A file of a snapshot that is not held as a store: not JSON of a modelled kind, or unreadable
 * ({@code problem} then says why). Compared by bytes, or as JSON when both sides parse.
 */
record Opaque(JsonSource source, String problem) {
}
