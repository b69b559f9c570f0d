package dev.storescope.inspect.repair;

import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.docstore.SimpleDocumentStore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** {@code dedupe-node-ids}: keeps the first occurrence of each id in the named ref docs' {@code node_ids}. */
record DedupeNodeIds(List<String> refDocIds) implements Repair {
    @Override
    public String id() {
        return "dedupe-node-ids";
    }

    @Override
    public String description() {
        return "remove repeated ids from ref_doc_info node_ids of " + Repairs.names(refDocIds) + " (first occurrence kept)";
    }

    @Override
    public void apply(StorageContext ctx) {
        SimpleDocumentStore docs = ctx.docstore().orElseThrow();
        for (String ref : refDocIds) {
            RefDocInfo info = docs.getRefDocInfo(ref);
            if (info == null) continue;
            List<String> unique = new ArrayList<>(new LinkedHashSet<>(info.nodeIds()));
            if (unique.size() != info.nodeIds().size()) docs.kvstore().put(ref, info.withNodeIds(unique).toJson(), docs.refDocCollection());
        }
    }
}
