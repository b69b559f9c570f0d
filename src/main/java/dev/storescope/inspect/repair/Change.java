package dev.storescope.inspect.repair;

import dev.storescope.json.JsonValue;

/**
 * One entry a repair changes: its file, collection (or vector store map) and key, with the value
 * before and after (null when absent). A file rename has null collection and key and the old and
 * new names in {@code renamedFrom}/{@code renamedTo}.
 */
public record Change(String file, String collection, String key, JsonValue before, JsonValue after, String renamedFrom, String renamedTo) {

    public static Change entry(String file, String collection, String key, JsonValue before, JsonValue after) {
        return new Change(file, collection, key, before, after, null, null);
    }

    public static Change rename(String from, String to) {
        return new Change(to, null, null, null, null, from, to);
    }

    public boolean isRename() {
        return renamedFrom != null;
    }

    public boolean isAdded() {
        return before == null && after != null;
    }

    public boolean isRemoved() {
        return before != null && after == null;
    }
}
