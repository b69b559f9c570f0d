package dev.storescope.storage.kvstore;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonScanner;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;
import dev.storescope.storage.StoreFormatException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One collection of a KV file. Until someone reads it, it is only the byte range of its object;
 * the first access scans that range into key → value ranges ({@link RawJson}); values are parsed
 * only when read. An untouched collection is written back from its original bytes.
 */
final class KVCollection {
    private final String name;
    private final RawJson original;
    private LinkedHashMap<String, JsonValue> entries;
    private boolean changed;

    private KVCollection(String name, RawJson original) {
        this.name = name;
        this.original = original;
    }

    static KVCollection fromFile(String name, RawJson original) {
        return new KVCollection(name, original);
    }

    /** A collection whose members were already scanned (the one-pass load). */
    static KVCollection fromFile(String name, RawJson original, List<JsonScanner.Member> members) {
        KVCollection c = new KVCollection(name, original);
        c.entries = index(original, members);
        return c;
    }

    private static LinkedHashMap<String, JsonValue> index(RawJson original, List<JsonScanner.Member> members) {
        JsonSource src = original.source();
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(members.size() * 4 / 3 + 1);
        String parent = original.path();
        for (JsonScanner.Member mem : members) {
            m.put(mem.key(), new RawJson(src, mem.valueStart(), mem.valueEnd(), original.style(), original.depth() + 1,
                    parent, mem.key()));
        }
        return m;
    }

    static KVCollection empty(String name) {
        KVCollection c = new KVCollection(name, null);
        c.entries = new LinkedHashMap<>();
        c.changed = true;
        return c;
    }

    String name() {
        return name;
    }

    boolean changed() {
        return changed;
    }

    /** The key → value map (values raw until read), scanned on first use. */
    Map<String, JsonValue> entries() {
        if (entries == null) {
            if (!original.isObject()) {
                throw new StoreFormatException(original.source().label() + ": collection " + original.path()
                        + " is a JSON " + original.kind() + ", not an object of key → value");
            }
            entries = index(original, new JsonScanner(original.source()).members(original.start(), original.path()));
        }
        return entries;
    }

    /** Mutable access for the store: marks the collection changed. */
    Map<String, JsonValue> entriesForUpdate() {
        Map<String, JsonValue> m = entries();
        changed = true;
        return m;
    }

    /** What persist writes: the original bytes while unchanged, else the current entries. */
    JsonValue persistValue() {
        if (!changed && original != null) return original;
        return JsonObject.of(entries());
    }

    /** The collection's own byte range in the file, or null for a collection created in memory. */
    RawJson original() {
        return original;
    }
}
