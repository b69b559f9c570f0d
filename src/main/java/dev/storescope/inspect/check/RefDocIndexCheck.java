package dev.storescope.inspect.check;

import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.docstore.SimpleDocumentStore;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ref docs whose stored nodes no index references (spec §11.2 X14): what {@code delete_ref_doc}
 * without {@code delete_from_docstore} leaves. Only when every struct's node ids are known.
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
