package dev.storescope.inspect.diff;

import dev.storescope.json.JsonSource;

/** One file of a snapshot: its name in the persist dir and its bytes (mapped, read, or a git blob). */
public record SnapshotFile(String name, JsonSource source) {
}
