package dev.storescope.storage.index_store;

import java.util.List;
import java.util.Map;

/** {@code SQLStructTable} ({@code sql}, SQLStructStoreIndex): {@code context_dict} table name → context text. */
public final class SQLStructTable extends TypedIndexStruct {
    SQLStructTable(IndexStruct struct) {
        super(struct);
    }

    public Map<String, String> contextDict() {
        return stringMap("context_dict");
    }

    @Override
    public List<String> nodeIds() {
        return List.of();
    }
}
