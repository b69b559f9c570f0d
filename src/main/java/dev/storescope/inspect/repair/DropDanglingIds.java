package dev.storescope.inspect.repair;

import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.docstore.SimpleDocumentStore;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code drop-dangling-ids}: removes from the named ref docs' {@code node_ids} every id that
 * {@code docstore/data} does not hold; a record left with no node ids (or named because it was
 * empty) is deleted, as {@code delete_document} deletes the record of a ref doc's last node.
 */
record DropDanglingIds(List<String> refDocIds) implements Repair {
    @Override
    public String id() {
        return "drop-dangling-ids";
    }

    @Override
    public String description() {
        return "drop node ids that docstore/data does not hold from ref_doc_info of " + Repairs.names(refDocIds) + "; delete records left empty";
    }

    @Override
    public void apply(StorageContext ctx) {
        SimpleDocumentStore docs = ctx.docstore().orElseThrow();
        for (String ref : refDocIds) {
            RefDocInfo info = RefDocInfo.fromJson(java.util.Objects.requireNonNullElse(docs.kvstore().get(ref, docs.refDocCollection()), dev.storescope.json.JsonObject.EMPTY));
            List<String> kept = new ArrayList<>();
            for (String id : info.nodeIds()) if (docs.documentExists(id)) kept.add(id);
            if (kept.isEmpty()) docs.kvstore().delete(ref, docs.refDocCollection());
            else if (kept.size() != info.nodeIds().size()) docs.kvstore().put(ref, info.withNodeIds(kept).toJson(), docs.refDocCollection());
        }
    }
}
