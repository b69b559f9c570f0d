package dev.storescope.inspect.repair;

import dev.storescope.json.JsonValue;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A shallow picture of every entry the context's KV and vector stores hold: file → collection →
 * key → the value object. Untouched entries keep their value objects across an edit, so comparing
 * two pictures by identity names exactly the entries an edit changed, without reading any value.
 */
final class EntrySnapshot {
    private final Map<String, Map<String, Map<String, JsonValue>>> files = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();

    static EntrySnapshot of(StorageContext ctx) {
        EntrySnapshot s = new EntrySnapshot();
        for (PersistFile f : ctx.files()) {
            s.names.add(f.name());
            SimpleKVStore kv = ctx.kvStore(f.name()).orElse(null);
            if (kv != null) {
                Map<String, Map<String, JsonValue>> cols = new LinkedHashMap<>();
                for (String c : kv.collectionNames()) {
                    Map<String, JsonValue> m = new LinkedHashMap<>();
                    for (String k : kv.keys(c)) m.put(k, kv.getRaw(k, c));
                    cols.put(c, m);
                }
                s.files.put(f.name(), cols);
            }
            SimpleVectorStore v = ctx.vectorStoreFile(f.name()).orElse(null);
            if (v != null) {
                Map<String, Map<String, JsonValue>> cols = new LinkedHashMap<>();
                for (SimpleVectorStore.Member m : SimpleVectorStore.Member.values()) {
                    cols.put(v.memberName(m), new LinkedHashMap<>(v.rawEntries(m)));
                }
                s.files.put(f.name(), cols);
            }
        }
        return s;
    }

    /** The entries that differ between this (before) and {@code after}, and the renamed files. */
    List<Change> changesTo(EntrySnapshot after) {
        List<Change> out = new ArrayList<>();
        List<String> gone = new ArrayList<>(names);
        gone.removeAll(after.names);
        List<String> came = new ArrayList<>(after.names);
        came.removeAll(names);
        if (gone.size() == 1 && came.size() == 1) out.add(Change.rename(gone.get(0), came.get(0)));
        for (Map.Entry<String, Map<String, Map<String, JsonValue>>> f : after.files.entrySet()) {
            String name = f.getKey();
            Map<String, Map<String, JsonValue>> was = files.get(name);
            if (was == null && came.contains(name) && gone.size() == 1) was = files.get(gone.get(0));
            if (was == null) was = Map.of();
            for (Map.Entry<String, Map<String, JsonValue>> c : f.getValue().entrySet()) {
                Map<String, JsonValue> before = was.getOrDefault(c.getKey(), Map.of());
                Map<String, JsonValue> now = c.getValue();
                for (Map.Entry<String, JsonValue> e : before.entrySet()) {
                    JsonValue n = now.get(e.getKey());
                    if (n == null) out.add(Change.entry(name, c.getKey(), e.getKey(), e.getValue(), null));
                    else if (n != e.getValue() && !Objects.equals(n.resolve(), e.getValue().resolve())) {
                        out.add(Change.entry(name, c.getKey(), e.getKey(), e.getValue(), n));
                    }
                }
                for (Map.Entry<String, JsonValue> e : now.entrySet()) {
                    if (!before.containsKey(e.getKey())) out.add(Change.entry(name, c.getKey(), e.getKey(), null, e.getValue()));
                }
            }
        }
        return out;
    }
}
