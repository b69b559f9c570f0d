package dev.storescope.inspect.check;

import dev.storescope.json.FastStrings;
import dev.storescope.json.JsonValue;
import dev.storescope.vector_stores.SimpleVectorStore;
import dev.storescope.vector_stores.SimpleVectorStore.Member;

import java.util.Map;
import java.util.Set;

/**
 * Spec §11.2 X5: a vector's {@code metadata_dict} copies of its ref doc id ({@code ref_doc_id},
 * {@code doc_id}, {@code document_id}) agree with {@code text_id_to_ref_doc_id}, and its
 * {@code _node_type} names the class the docstore holds. Reads only those four members of each entry.
 */
final class VectorMetadataCheck {
    private static final Set<String> REF_KEYS = Set.of("ref_doc_id", "doc_id", "document_id");
    private static final String NODE_TYPE = "_node_type";
    private static final Set<String> READ = Set.of("ref_doc_id", "doc_id", "document_id", NODE_TYPE);

    private VectorMetadataCheck() {
    }

    static void run(CheckContext cx, String file, String ns, SimpleVectorStore v) {
        if (!v.hasMetadataDict() || v.isTypeScript()) return;
        Map<String, JsonValue> refs = v.rawEntries(Member.REF_DOC_IDS);
        Map<String, NodeFacts> nodes = cx.docstoreHoldsText() ? cx.nodesByKey() : Map.of();
        for (Map.Entry<String, JsonValue> e : v.rawEntries(Member.METADATA).entrySet()) {
            String id = e.getKey();
            Map<String, String> copies = members(e.getValue());
            String ref = refs.containsKey(id) ? FastStrings.stringValue(refs.get(id)) : null;
            for (Map.Entry<String, String> c : copies.entrySet()) {
                if (!REF_KEYS.contains(c.getKey()) || ref == null || ref.equals(c.getValue())) continue;
                cx.out.add(CheckId.VECTOR_METADATA_DISAGREES, location(file, ns, v, id, c.getKey()), "metadata_dict says " + c.getKey() + " "
                        + DocstorePass.quote(c.getValue()) + " but text_id_to_ref_doc_id says " + DocstorePass.quote(ref)
                        + ": a query filtered on " + c.getKey() + " and delete(ref_doc_id) disagree about which document the vector belongs to");
            }
            NodeFacts n = nodes.get(id);
            String type = copies.get(NODE_TYPE);
            if (n != null && type != null && n.className() != null && !n.className().equals(type)) {
                cx.out.add(CheckId.VECTOR_METADATA_DISAGREES, location(file, ns, v, id, NODE_TYPE), "metadata_dict says _node_type "
                        + DocstorePass.quote(type) + " but the docstore holds a " + n.className()
                        + ": metadata_dict_to_node rebuilds the node as the wrong class when the text is read from the vector store");
            }
        }
    }

    private static Location location(String file, String ns, SimpleVectorStore v, String id, String key) {
        return VectorChecks.at(file, ns, v, Member.METADATA, id).below("[\"" + key + "\"]");
    }

    /** The string members among the four this check reads (others are skipped, never parsed). */
    private static Map<String, String> members(JsonValue entry) {
        return FastStrings.members(entry, READ);
    }
}
