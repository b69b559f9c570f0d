package dev.storescope.inspect.repair;

import dev.storescope.storage.StorageContext;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.util.List;

/**
 * {@code delete-orphan-vectors}: removes the named vectors from all three maps of one vector store file
 * ({@link SimpleVectorStore#purge}, which also removes a vector that lacks its text_id_to_ref_doc_id or
 * metadata_dict entry, where {@code delete_nodes} would raise KeyError).
 */
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
        v.purge(ids);
    }
}
