package dev.storescope.inspect.repair;

import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.index_store.IndexDocumentSummary;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.index_store.SimpleIndexStore;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code cascade-delete-ref-doc}: deletes ref docs everywhere, as {@code index.delete_ref_doc(id,
 * delete_from_docstore=True)} would for every index at once: the docstore records
 * ({@code delete_ref_doc}), every vector whose {@code text_id_to_ref_doc_id} is the ref doc or whose
 * id is one of its nodes, and every index struct's references to its nodes (a document summary
 * index also loses the document's summary, whose node leaves the docstore too).
 */
public record CascadeDeleteRefDoc(List<String> refDocIds) implements Repair {
    @Override
    public String id() {
        return "cascade-delete-ref-doc";
    }

    @Override
    public String description() {
        return "delete ref doc(s) " + Repairs.names(refDocIds) + " with their nodes from the docstore, the vector stores and every index struct";
    }

    @Override
    public void apply(StorageContext ctx) {
        SimpleDocumentStore docs = ctx.docstore().orElse(null);
        for (String ref : refDocIds) {
            Set<String> nodes = new HashSet<>(docs == null ? List.of() : docs.refDocNodeIds(ref));
            nodes.add(ref);
            List<String> summaries = indexes(ctx, ref, nodes);
            if (docs != null) {
                docs.deleteRefDoc(ref, false);
                for (String s : summaries) docs.deleteDocument(s, false);
            }
            for (PersistFile f : ctx.files()) {
                SimpleVectorStore v = ctx.vectorStoreFile(f.name()).orElse(null);
                if (v == null) continue;
                try {
                    v.delete(ref);
                } catch (NotFoundException e) {
                    // an inconsistent store: the node-id pass below removes what it can
                }
                List<String> left = new ArrayList<>();
                for (String id : nodes) if (v.contains(id) && v.refDocId(id) != null) left.add(id);
                left.addAll(summaries.stream().filter(s -> v.contains(s) && v.refDocId(s) != null).toList());
                if (!left.isEmpty()) v.deleteNodes(left, null);
            }
        }
    }

    /** Removes the ref doc's nodes from every struct; returns the summary node ids that went with it. */
    private static List<String> indexes(StorageContext ctx, String ref, Set<String> nodes) {
        List<String> summaries = new ArrayList<>();
        SimpleIndexStore idx = ctx.indexStore().orElse(null);
        if (idx == null) return summaries;
        for (String key : idx.simpleKVStore().keys(idx.collection())) {
            IndexStruct s = IndexStruct.fromJson(idx.kvstore().get(key, idx.collection()));
            IndexStruct t = s;
            if (s.view() instanceof IndexDocumentSummary ds && ds.docIdToSummaryId().containsKey(ref)) {
                String summary = ds.docIdToSummaryId().get(ref);
                try {
                    t = ds.deleteDoc(ref).struct();
                } catch (NotFoundException e) {
                    t = ds.withoutNodeId(summary).struct();
                }
                summaries.add(summary);
            }
            t = IndexEdits.without(t, nodes, Set.of());
            if (t != s) IndexEdits.put(idx, key, t);
        }
        return summaries;
    }
}
