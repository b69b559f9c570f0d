package dev.storescope.inspect.repair;

import dev.storescope.json.JsonObject;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.docstore.StoredNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rebuild-ref-doc-info}: makes the named nodes' records agree with their SOURCE
 * relationship, as {@code add_documents} would have written them: {@code metadata[node].ref_doc_id}
 * = SOURCE (dropped when there is none), the node listed in {@code ref_doc_info[SOURCE].node_ids}
 * (a missing record is created with the node's metadata, as Python does), and removed from any
 * other record that lists it (a record left empty is deleted).
 */
record RebuildRefDocInfo(List<String> nodeIds) implements Repair {
    @Override
    public String id() {
        return "rebuild-ref-doc-info";
    }

    @Override
    public String description() {
        return "rebuild ref_doc_info and metadata ref_doc_id of " + Repairs.names(nodeIds) + " from their SOURCE relationships";
    }

    @Override
    public void apply(StorageContext ctx) {
        SimpleDocumentStore docs = ctx.docstore().orElseThrow();
        Map<String, Integer> order = new HashMap<>();
        List<String> keys = docs.kvstore().keys(docs.nodeCollection());
        for (int i = 0; i < keys.size(); i++) order.put(keys.get(i), i);
        List<String> sorted = new ArrayList<>(nodeIds);
        sorted.sort((a, b) -> Integer.compare(order.getOrDefault(a, Integer.MAX_VALUE), order.getOrDefault(b, Integer.MAX_VALUE)));
        Map<String, RefDocInfo> records = new LinkedHashMap<>(docs.getAllRefDocInfo());
        Map<String, RefDocInfo> changed = new LinkedHashMap<>();
        for (String id : sorted) {
            StoredNode node = docs.getDocument(id, false);
            if (node == null) continue;
            String source;
            try {
                source = node.refDocId();
            } catch (RuntimeException e) {
                continue; // SOURCE is a list: nothing to rebuild from
            }
            JsonObject md = docs.kvstore().get(id, docs.metadataCollection());
            if (md != null) {
                JsonObject want = source == null ? md.without("ref_doc_id") : md.with("ref_doc_id", source);
                if (!want.equals(md)) docs.kvstore().put(id, want, docs.metadataCollection());
            }
            for (Map.Entry<String, RefDocInfo> r : records.entrySet()) {
                if (!r.getKey().equals(source) && r.getValue().nodeIds().contains(id)) {
                    List<String> l = new ArrayList<>(r.getValue().nodeIds());
                    l.removeIf(id::equals);
                    r.setValue(r.getValue().withNodeIds(l));
                    changed.put(r.getKey(), r.getValue());
                }
            }
            if (source == null) continue;
            RefDocInfo rec = records.get(source);
            if (rec == null || rec.isEmpty()) rec = RefDocInfo.of(List.of(), node.metadata());
            if (!rec.nodeIds().contains(id)) {
                List<String> l = new ArrayList<>(rec.nodeIds());
                l.add(id);
                rec = rec.withNodeIds(l);
                records.put(source, rec);
                changed.put(source, rec);
            }
        }
        for (Map.Entry<String, RefDocInfo> e : changed.entrySet()) {
            if (e.getValue().nodeIds().isEmpty()) docs.kvstore().delete(e.getKey(), docs.refDocCollection());
            else docs.kvstore().put(e.getKey(), e.getValue().toJson(), docs.refDocCollection());
        }
    }
}
