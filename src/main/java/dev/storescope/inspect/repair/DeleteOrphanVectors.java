package dev.storescope.inspect.repair;

import dev.storescope.storage.StorageContext;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.util.List;

/** {@code delete-orphan-vectors}: {@code delete_nodes} of the named vectors (from all three maps) in one vector store file. */
record DeleteOrphanVectors(String file, List<String> ids) implements Repair {
    @Override
    public String id() {
        return "delete-orphan-vectors";
    }

    @Override
    public String description() {
        return "delete " + ids.size() + " vector(s) no index maps from " + file + ": " + Repairs.names(ids);
    }

    @Override
    public void apply(StorageContext ctx) {
        SimpleVectorStore v = ctx.vectorStoreFile(file).orElseThrow();
        v.deleteNodes(ids, null);
    }
}
