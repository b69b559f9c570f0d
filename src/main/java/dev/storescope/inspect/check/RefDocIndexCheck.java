package dev.storescope.inspect.check;

import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.docstore.SimpleDocumentStore;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stored nodes no index references (spec §11.2 X14): whole ref docs (what {@code delete_ref_doc}
 * without {@code delete_from_docstore} leaves), and single nodes of ref docs that are otherwise
 * indexed (an insert that stopped between the docstore and the index, or {@code delete_nodes} on
 * the index only). Parents of a node hierarchy are left out: auto-merging retrieval keeps them in
 * the docstore on purpose. Only when every struct's node ids are known.
 */
final class RefDocIndexCheck {
    private RefDocIndexCheck() {
    }

    static void run(CheckContext cx, IndexFacts index) {
        if (cx.docstore().isEmpty() || !index.allNodesKnown() || index.structs().isEmpty()) return;
        SimpleDocumentStore docs = cx.docstore().get();
        Set<String> referenced = new HashSet<>();
        for (IndexFacts.Keyed k : index.structs()) {
            try {
                referenced.addAll(k.struct().nodeIds());
            } catch (RuntimeException e) {
                return; // a struct whose maps do not read: its references are unknown
            }
        }
        refDocs(cx, docs, referenced);
        nodes(cx, docs, referenced);
    }

    private static void nodes(CheckContext cx, SimpleDocumentStore docs, Set<String> referenced) {
        Set<String> indexedRefDocs = new HashSet<>();
        for (NodeFacts f : cx.nodeFacts()) if (f != null && f.sourceId() != null && referenced.contains(f.key())) indexedRefDocs.add(f.sourceId());
        for (NodeFacts f : cx.nodeFacts()) {
            if (f == null || referenced.contains(f.key()) || !f.children().isEmpty()) continue;
            if (f.className() != null && f.className().endsWith("Document")) continue; // documents kept next to their nodes
            if (f.sourceId() != null && !indexedRefDocs.contains(f.sourceId())) continue; // the whole ref doc: reported as such
            cx.out.add(CheckId.INDEX_UNINDEXED_NODE, Location.kv(DocstorePass.FILE, docs.nodeCollection(), f.key(), new ValueRef.DocNode(f.key())),
                    "node " + DocstorePass.quote(f.key()) + (f.sourceId() != null ? " of ref doc " + DocstorePass.quote(f.sourceId()) + ", whose other nodes are indexed," : "")
                            + " is in docstore/data but no index references it: queries never retrieve it (an insert that stopped after the docstore "
                            + "write, or delete_nodes on the index without the docstore); re-insert it, or delete it from the docstore");
        }
    }

    private static void refDocs(CheckContext cx, SimpleDocumentStore docs, Set<String> referenced) {
        for (Map.Entry<String, RefDocInfo> e : cx.refDocs().entrySet()) {
            List<String> ids = e.getValue().nodeIds();
            int stored = 0;
            boolean anyIndexed = false;
            for (String id : ids) {
                if (!cx.hasNode(id)) continue;
                stored++;
                if (referenced.contains(id)) anyIndexed = true;
            }
            if (stored == 0 || anyIndexed) continue;
            cx.out.add(CheckId.INDEX_UNINDEXED_REF_DOC, Location.kv(DocstorePass.FILE, docs.refDocCollection(), e.getKey(), new ValueRef.RefDoc(e.getKey())),
                    "ref doc " + DocstorePass.quote(e.getKey()) + " has " + stored + " stored node(s) but no index references any of them (left by "
                            + "index.delete_ref_doc without delete_from_docstore=True, or a shared docstore): they take space and come back in docstore queries");
        }
    }
}
