package dev.storescope.storage.index_store;

import java.util.List;

/** {@code PandasStructTable} ({@code pandas}, PandasIndex): no fields of its own. */
public final class PandasStructTable extends TypedIndexStruct {
    PandasStructTable(IndexStruct struct) {
        super(struct);
    }

    @Override
    public List<String> nodeIds() {
        return List.of();
    }
}
