package dev.storescope.storage.index_store;

import java.util.List;

/**
 * Python's {@code ValueError} from {@code load_index_from_storage} without an index id when the
 * store holds several structs: "Expected to load a single index, but got N instead. Please specify
 * index_id." followed by the ids found.
 */
public class AmbiguousIndexException extends IllegalStateException {
    private final List<String> indexIds;

    public AmbiguousIndexException(List<String> indexIds) {
        super("Expected to load a single index, but got " + indexIds.size() + " instead. Please specify index_id. Index ids: "
                + String.join(", ", indexIds));
        this.indexIds = List.copyOf(indexIds);
    }

    /** The ids of the structs found, in store order. */
    public List<String> indexIds() {
        return indexIds;
    }
}
