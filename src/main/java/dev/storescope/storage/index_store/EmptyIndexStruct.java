package dev.storescope.storage.index_store;

import java.util.List;

/**
 * {@code EmptyIndexStruct} ({@code empty}, EmptyIndex): no fields (0.6.0 – 0.6.19 files also carry
 * the IndexDict fields; their {@code nodes_dict} values are reported as node ids).
 */
public final class EmptyIndexStruct extends TypedIndexStruct {
    EmptyIndexStruct(IndexStruct struct) {
        super(struct);
    }

    @Override
    public List<String> nodeIds() {
        return distinct(stringMap("nodes_dict").values());
    }
}
