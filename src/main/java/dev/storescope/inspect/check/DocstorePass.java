package dev.storescope.inspect.check;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonSyntaxException;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.docstore.HashRule;
import dev.storescope.storage.docstore.NodeHasher;
import dev.storescope.storage.docstore.NodeKind;
import dev.storescope.storage.docstore.NodeRelationship;
import dev.storescope.storage.docstore.RelatedNodeInfo;
import dev.storescope.storage.docstore.Relationship;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.docstore.StoredNode;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One parallel pass over {@code docstore/data}: per-node checks (type, envelope, relationship
 * shapes, key ≠ id_, missing metadata, stale hash) and the {@link NodeFacts} the cross checks use.
 */
final class DocstorePass {
    static final String FILE = "docstore.json";

    private DocstorePass() {
    }

    static NodeFacts[] run(SimpleDocumentStore docs, Findings out) {
        SimpleKVStore kv = docs.kvstore();
        String dataCol = docs.nodeCollection();
        String metaCol = docs.metadataCollection();
        List<String> keys = kv.keys(dataCol);
        NodeFacts[] facts = new NodeFacts[keys.size()];
        IntStream.range(0, keys.size()).parallel().forEach(i -> facts[i] = one(kv, dataCol, metaCol, keys.get(i), out));
        return facts;
    }

    private static NodeFacts one(SimpleKVStore kv, String dataCol, String metaCol, String key, Findings out) {
        Location at = Location.kv(FILE, dataCol, key, new ValueRef.DocNode(key));
        StoredNode node;
        try {
            JsonValue raw = LazyRecords.open(kv.getRaw(key, dataCol));
            if (!(raw instanceof JsonObject env) || !env.has("__data__")) {
                out.add(CheckId.DOC_BAD_RECORD, at, "the value is not a node envelope {\"__data__\": {...}, \"__type__\": ...}: "
                        + "get_document raises while decoding it (KeyError: '__data__')");
                return null;
            }
            node = StoredNode.fromEnvelope(env);
            node.data();
        } catch (JsonSyntaxException | dev.storescope.json.JsonShapeException e) {
            out.add(CheckId.DOC_BAD_RECORD, at, "the record cannot be decoded: " + e.getMessage());
            return null;
        }
        if (node.kind() == NodeKind.UNKNOWN) {
            out.add(CheckId.DOC_UNKNOWN_TYPE, at.below("[\"__type__\"]"), "__type__ " + quote(node.typeCode())
                    + " is not a node type: get_document raises ValueError: Unknown doc type: " + node.typeCode());
        }
        String id = node.id();
        if (!key.equals(id)) {
            out.add(CheckId.DOC_KEY_ID_MISMATCH, at.below("[\"__data__\"][\"id_\"]"), "stored under key " + quote(key) + " but its id_ is "
                    + quote(id) + ": get_document(" + quote(key) + ") returns a node whose node_id is " + quote(id)
                    + ", so deletes and updates through that node miss this entry");
        }
        Map<String, Relationship> rels = node.relationships();
        String source = single(rels, NodeRelationship.SOURCE, at, out);
        String sourceHash = source == null ? null : rels.get(NodeRelationship.SOURCE.code()).first().hash();
        String prev = single(rels, NodeRelationship.PREVIOUS, at, out);
        String next = single(rels, NodeRelationship.NEXT, at, out);
        String parent = single(rels, NodeRelationship.PARENT, at, out);
        List<String> children = new ArrayList<>();
        Relationship child = rels.get(NodeRelationship.CHILD.code());
        if (child != null) {
            if (!child.isList()) {
                out.add(CheckId.DOC_RELATIONSHIP_SHAPE, at.below("[\"__data__\"][\"relationships\"][\"5\"]"),
                        "CHILD is a single object, not a list: node.child_nodes raises ValueError: Child objects must be a list of RelatedNodeInfo objects.");
            }
            for (RelatedNodeInfo r : child.nodes()) if (r != null && r.nodeId() != null) children.add(r.nodeId());
        }
        JsonObject md = kv.get(key, metaCol);
        String metaRef = null;
        String stored = null;
        if (md == null) {
            out.add(CheckId.DOC_MISSING_METADATA, Location.kv(FILE, metaCol, key, new ValueRef.DocNode(key)),
                    "no docstore/metadata entry: get_document_hash returns None, so refresh_ref_docs and IngestionPipeline upserts "
                            + "treat the node as new, and delete_document cannot find its ref doc to update ref_doc_info");
        } else {
            JsonValue r = md.get("ref_doc_id");
            metaRef = r instanceof JsonString s ? s.value() : r == null || r.isNull() ? null : r.toString();
            stored = md.getString("doc_hash");
        }
        String hash = null;
        try {
            hash = NodeHasher.hash(node);
            if (stored != null && !stored.equals(hash) && !matchesAnyRule(node, stored)) {
                out.add(CheckId.DOC_STALE_HASH, Location.kv(FILE, metaCol, key, new ValueRef.DocNode(key)).below("[\"doc_hash\"]"),
                        "stored doc_hash " + abbrev(stored) + " is not the hash of the node's text and metadata (" + abbrev(hash)
                                + " by current rules): refresh_ref_docs and IngestionPipeline upserts will see the node as changed and re-ingest it");
            }
        } catch (RuntimeException e) {
            // a record too broken to hash was reported above (bad record, unknown type)
        }
        String cls;
        try {
            cls = node.kind() == NodeKind.UNKNOWN ? null : node.kind().className();
        } catch (RuntimeException e) {
            cls = null;
        }
        String indexId = node.kind() == NodeKind.INDEX_NODE ? node.indexId() : null;
        separators(node, at, out);
        return new NodeFacts(key, source, metaRef, md != null, hash, cls, prev, next, parent, List.copyOf(children), indexId, sourceHash);
    }

    /** D12: a TextNode-family record whose metadata_separator and legacy metadata_seperator disagree. */
    private static void separators(StoredNode node, Location at, Findings out) {
        JsonObject data;
        try {
            data = node.data();
        } catch (RuntimeException e) {
            return;
        }
        if (!(data.get("metadata_separator") instanceof JsonString a) || !(data.get("metadata_seperator") instanceof JsonString b)) return;
        if (a.value().equals(b.value())) return;
        out.add(CheckId.DOC_SEPARATOR_MISMATCH, at.below("[\"__data__\"][\"metadata_seperator\"]"), "metadata_separator is "
                + dev.storescope.json.PythonRepr.reprString(a.value()) + " but the legacy metadata_seperator is " + dev.storescope.json.PythonRepr.reprString(b.value())
                + ": on load the misspelt field wins for both (pydantic 2.13; version-dependent), so the text sent to the LLM and the embedder may join"
                + " metadata with a separator other than the one the record shows");
    }

    private static boolean matchesAnyRule(StoredNode node, String stored) {
        for (HashRule r : NodeHasher.plausibleRules(node)) if (stored.equals(NodeHasher.hash(node, r))) return true;
        return false;
    }

    private static String single(Map<String, Relationship> rels, NodeRelationship which, Location at, Findings out) {
        Relationship r = rels.get(which.code());
        if (r == null) return null;
        if (r.isList()) {
            out.add(CheckId.DOC_RELATIONSHIP_SHAPE, at.below("[\"__data__\"][\"relationships\"][\"" + which.code() + "\"]"),
                    which.name() + " is a list, not a single object: node." + accessor(which) + " raises ValueError: "
                            + cap(accessor(which).replace("_node", "")) + " object must be a single RelatedNodeInfo object");
            return null;
        }
        RelatedNodeInfo info = r.first();
        return info == null ? null : info.nodeId();
    }

    private static String accessor(NodeRelationship r) {
        return switch (r) {
            case SOURCE -> "source_node";
            case PREVIOUS -> "prev_node";
            case NEXT -> "next_node";
            case PARENT -> "parent_node";
            case CHILD -> "child_nodes";
        };
    }

    private static String cap(String s) {
        String t = s.equals("prev") ? "previous" : s;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    static String quote(String s) {
        return s == null ? "None" : "'" + s + "'";
    }

    static String abbrev(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }
}
