package dev.storescope.storage.index_store;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A struct whose {@code __type__} core cannot load (an IndexStructType without struct class, such
 * as {@code simple_dict} or {@code pinecone}, or an unknown string): kept as is, never edited.
 * Node ids are read best-effort from the common field names {@code nodes_dict} (values),
 * {@code nodes} and {@code table} (values).
 */
public final class GenericIndexStruct extends TypedIndexStruct {
    GenericIndexStruct(IndexStruct struct) {
        super(struct);
    }

    /** Always false: Python's loader raises a KeyError for this type. */
    public boolean isLoadableByCore() {
        return false;
    }

    @Override
    public List<String> nodeIds() {
        List<String> all = new ArrayList<>();
        JsonObject d = data();
        if (d.get("nodes_dict") instanceof JsonObject nd) {
            for (JsonValue v : nd.rawMembers().values()) if (v.resolve() instanceof JsonString s) all.add(s.value());
        }
        if (d.get("nodes") instanceof JsonArray a) all.addAll(a.strings());
        if (d.get("table") instanceof JsonObject t) {
            for (JsonValue v : t.rawMembers().values()) if (v.resolve() instanceof JsonArray a) all.addAll(a.strings());
        }
        return distinct(all);
    }
}
