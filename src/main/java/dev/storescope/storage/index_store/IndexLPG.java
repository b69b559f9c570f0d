package dev.storescope.storage.index_store;

import java.util.List;

/** {@code IndexLPG} ({@code simple_lpg}, PropertyGraphIndex): no fields; the graph lives in the property graph store. */
public final class IndexLPG extends TypedIndexStruct {
    IndexLPG(IndexStruct struct) {
        super(struct);
    }

    @Override
    public List<String> nodeIds() {
        return List.of();
    }
}
