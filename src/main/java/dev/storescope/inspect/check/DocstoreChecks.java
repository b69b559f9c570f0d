package dev.storescope.inspect.check;

import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.docstore.SimpleDocumentStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The document store's cross-record checks (spec §11.1 D4 – D6, D10, D11, D13), over the node facts. */
final class DocstoreChecks {
    private static final String FILE = DocstorePass.FILE;

    private DocstoreChecks() {
    }

    static void run(CheckContext cx) {
        if (cx.docstore().isEmpty()) return;
        SimpleDocumentStore docs = cx.docstore().get();
        NodeFacts[] facts = cx.nodeFacts();
        refDocInfo(cx, docs);
        sources(cx, docs, facts);
        sourceHashes(cx, docs, facts);
        orphanMetadata(cx, docs, facts);
        links(cx, docs, facts);
        duplicates(cx, docs, facts);
    }

    private static Location refDoc(SimpleDocumentStore docs, String refDocId) {
        return Location.kv(FILE, docs.refDocCollection(), refDocId, new ValueRef.RefDoc(refDocId));
    }

    private static void refDocInfo(CheckContext cx, SimpleDocumentStore docs) {
        boolean text = cx.docstoreHoldsText();
        for (Map.Entry<String, RefDocInfo> e : cx.refDocs().entrySet()) {
            String ref = e.getKey();
            List<String> ids = e.getValue().nodeIds();
            Location at = refDoc(docs, ref).below("[\"node_ids\"]");
            if (ids.isEmpty()) {
                cx.out.add(CheckId.DOC_EMPTY_REF_DOC, refDoc(docs, ref), "ref_doc_info record of " + DocstorePass.quote(ref)
                        + " lists no node ids: ref_doc_exists says no, yet the record stays (a leftover of deletes before 0.10.29)");
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (String id : ids) {
                if (!seen.add(id)) {
                    cx.out.add(CheckId.DOC_DUPLICATE_NODE_IDS, at, id, "node_ids of " + DocstorePass.quote(ref) + " lists " + DocstorePass.quote(id)
                            + " more than once: delete_ref_doc deletes it twice and delete_document removes only one occurrence, so the ref doc never empties");
                } else if (!cx.hasNode(id)) {
                    Finding f = Finding.of(CheckId.DOC_DANGLING_REF_NODE, at, id, "node_ids of " + DocstorePass.quote(ref) + " lists "
                            + DocstorePass.quote(id) + ", which docstore/data does not hold"
                            + (text ? ": index.ref_doc_info and get_nodes on this ref doc raise ValueError: doc_id " + id + " not found. (zombie id left by an interrupted or async delete)"
                            : " (normal when the nodes were added with store_text=False: the docstore holds no text)"));
                    cx.out.add(text ? f : f.withSeverity(Severity.INFO));
                }
            }
        }
    }

    private static void sources(CheckContext cx, SimpleDocumentStore docs, NodeFacts[] facts) {
        Map<String, RefDocInfo> refs = cx.refDocs();
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (Map.Entry<String, RefDocInfo> e : refs.entrySet()) members.put(e.getKey(), new HashSet<>(e.getValue().nodeIds()));
        for (NodeFacts f : facts) {
            if (f == null) continue;
            Location node = Location.kv(FILE, docs.nodeCollection(), f.key(), new ValueRef.DocNode(f.key()));
            Location meta = Location.kv(FILE, docs.metadataCollection(), f.key(), new ValueRef.DocNode(f.key()));
            if (f.metaRefDocId() != null && !refs.containsKey(f.metaRefDocId())) {
                cx.out.add(CheckId.DOC_REF_DOC_UNRECORDED, meta.below("[\"ref_doc_id\"]"), "metadata says the node belongs to ref doc "
                        + DocstorePass.quote(f.metaRefDocId()) + ", which has no ref_doc_info record: delete_ref_doc(" + DocstorePass.quote(f.metaRefDocId())
                        + ") raises ValueError: ref_doc_id " + f.metaRefDocId() + " not found. and leaves this node behind");
            }
            if (f.sourceId() == null || !f.hasMetadata()) continue;
            if (!f.sourceId().equals(f.metaRefDocId())) {
                cx.out.add(CheckId.DOC_SOURCE_MISMATCH, meta.below("[\"ref_doc_id\"]"), "SOURCE relationship names ref doc " + DocstorePass.quote(f.sourceId())
                        + " but metadata ref_doc_id is " + DocstorePass.quote(f.metaRefDocId())
                        + ": delete_document updates the wrong ref_doc_info record (or none) and delete_ref_doc misses the node");
            } else if (members.containsKey(f.sourceId()) && !members.get(f.sourceId()).contains(f.key())) {
                cx.out.add(CheckId.DOC_SOURCE_MISMATCH, node.below("[\"__data__\"][\"relationships\"][\"1\"]"), "SOURCE names ref doc "
                        + DocstorePass.quote(f.sourceId()) + " but its ref_doc_info node_ids do not list this node: delete_ref_doc("
                        + DocstorePass.quote(f.sourceId()) + ") leaves it behind and retrievers still return it");
            }
        }
    }

    /** D9: the SOURCE relationship's hash against the document's stored doc_hash (when both exist). */
    private static void sourceHashes(CheckContext cx, SimpleDocumentStore docs, NodeFacts[] facts) {
        Map<String, String> docHash = new java.util.HashMap<>();
        for (NodeFacts f : facts) {
            if (f == null || f.sourceId() == null || f.sourceHash() == null) continue;
            String stored = docHash.computeIfAbsent(f.sourceId(), s -> {
                dev.storescope.json.JsonObject md = docs.kvstore().get(s, docs.metadataCollection());
                String h = md == null ? null : md.getString("doc_hash");
                return h == null ? "" : h;
            });
            if (stored.isEmpty() || stored.equals(f.sourceHash())) continue;
            cx.out.add(CheckId.DOC_SOURCE_HASH_DIFFERS, Location.kv(FILE, docs.nodeCollection(), f.key(), new ValueRef.DocNode(f.key()))
                            .below("[\"__data__\"][\"relationships\"][\"1\"][\"hash\"]"),
                    "SOURCE hash " + DocstorePass.abbrev(f.sourceHash()) + " is not the stored doc_hash " + DocstorePass.abbrev(stored) + " of ref doc "
                            + DocstorePass.quote(f.sourceId()) + ": the document changed after this node was made from it (or the hash rule changed), "
                            + "so the node may hold text the document no longer has; refresh_ref_docs re-ingests documents by doc_hash, not by this hash");
        }
    }

    /** D7: metadata entries that are no stored node's and no node's ref doc's (hash records whose nodes are gone). */
    private static void orphanMetadata(CheckContext cx, SimpleDocumentStore docs, NodeFacts[] facts) {
        Set<String> refs = new HashSet<>(cx.refDocs().keySet());
        for (NodeFacts f : facts) {
            if (f == null) continue;
            if (f.sourceId() != null) refs.add(f.sourceId());
            if (f.metaRefDocId() != null) refs.add(f.metaRefDocId());
        }
        boolean text = cx.docstoreHoldsText();
        for (String key : docs.kvstore().keys(docs.metadataCollection())) {
            if (refs.contains(key) || cx.hasNode(key)) continue;
            cx.out.add(CheckId.DOC_ORPHAN_METADATA, Location.kv(FILE, docs.metadataCollection(), key, new ValueRef.DocNode(key)),
                    "docstore/metadata holds a record for " + DocstorePass.quote(key) + ", which is neither a stored node nor the ref doc of one: "
                            + (text ? "a document hash kept by an IngestionPipeline or from_documents whose nodes were deleted (an upsert of that "
                            + "document is skipped as unchanged while it stays), or a leftover of a delete"
                            : "normal for an IngestionPipeline's docstore that keeps only document hashes (the nodes live in the vector store)"));
        }
    }

    private static void links(CheckContext cx, SimpleDocumentStore docs, NodeFacts[] facts) {
        Map<String, NodeFacts> by = cx.nodesByKey();
        for (NodeFacts f : facts) {
            if (f == null) continue;
            Location at = Location.kv(FILE, docs.nodeCollection(), f.key(), new ValueRef.DocNode(f.key())).below("[\"__data__\"][\"relationships\"]");
            dangling(cx, at, f, "PREVIOUS", "2", f.prev());
            dangling(cx, at, f, "NEXT", "3", f.next());
            dangling(cx, at, f, "PARENT", "4", f.parent());
            for (String c : f.children()) dangling(cx, at, f, "CHILD", "5", c);
            NodeFacts n = f.next() == null ? null : by.get(f.next());
            if (n != null && !f.key().equals(n.prev())) asym(cx, at, f, "NEXT", n.key(), "PREVIOUS", n.prev());
            NodeFacts p = f.prev() == null ? null : by.get(f.prev());
            if (p != null && !f.key().equals(p.next())) asym(cx, at, f, "PREVIOUS", p.key(), "NEXT", p.next());
            NodeFacts par = f.parent() == null ? null : by.get(f.parent());
            if (par != null && !par.children().contains(f.key())) asym(cx, at, f, "PARENT", par.key(), "CHILD", null);
            for (String c : f.children()) {
                NodeFacts ch = by.get(c);
                if (ch != null && !f.key().equals(ch.parent())) asym(cx, at, f, "CHILD", c, "PARENT", ch.parent());
            }
        }
    }

    private static void dangling(CheckContext cx, Location at, NodeFacts f, String rel, String code, String target) {
        if (target == null || cx.hasNode(target)) return;
        cx.out.add(CheckId.DOC_DANGLING_RELATIONSHIP, at.below("[\"" + code + "\"]"), target, rel + " names " + DocstorePass.quote(target)
                + ", which docstore/data does not hold: " + (rel.equals("PARENT") || rel.equals("CHILD")
                ? "AutoMergingRetriever raises ValueError: doc_id " + target + " not found."
                : "PrevNextNodePostprocessor raises ValueError: doc_id " + target + " not found."));
    }

    private static void asym(CheckContext cx, Location at, NodeFacts f, String rel, String other, String back, String backTarget) {
        cx.out.add(CheckId.DOC_ASYMMETRIC_RELATIONSHIP, at, rel + " names " + DocstorePass.quote(other) + " but that node's " + back
                + (backTarget == null ? " does not name this node" : " names " + DocstorePass.quote(backTarget))
                + ": neighbour expansion walks differently in the two directions");
    }

    private static void duplicates(CheckContext cx, SimpleDocumentStore docs, NodeFacts[] facts) {
        Map<String, List<String>> byHash = new LinkedHashMap<>();
        for (NodeFacts f : facts) if (f != null && f.contentHash() != null) byHash.computeIfAbsent(f.contentHash(), h -> new ArrayList<>(1)).add(f.key());
        for (Map.Entry<String, List<String>> e : byHash.entrySet()) {
            List<String> ids = e.getValue();
            if (ids.size() < 2) continue;
            cx.out.add(CheckId.DOC_DUPLICATE_CONTENT, Location.kv(FILE, docs.nodeCollection(), ids.get(0), new ValueRef.DocNode(ids.get(0))),
                    ids.size() + " nodes have the same text and metadata (hash " + DocstorePass.abbrev(e.getKey()) + "): " + String.join(", ", ids)
                            + "; retrievers return the same content several times and get_all_document_hashes keeps only one of them");
        }
    }
}
