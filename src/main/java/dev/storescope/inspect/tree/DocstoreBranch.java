package dev.storescope.inspect.tree;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.docstore.StoredNode;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.ArrayList;
import java.util.List;

/**
 * The document store's branch: Ref docs → their nodes, Documents stored as records, Nodes without a
 * ref doc, and the raw collections as KV entries.
 */
final class DocstoreBranch {
    static final String REF_DOCS = "Ref docs";
    static final String DOCUMENTS = "Documents stored as records";
    static final String ORPHANS = "Nodes without a ref doc";
    static final int SNIPPET = 48;

    private final TreeData data;
    private final String file;

    DocstoreBranch(TreeData data, String file) {
        this.data = data;
        this.file = file;
    }

    private SimpleKVStore kv() {
        return data.ctx().kvStore(file).orElseThrow();
    }

    DocGroups groups() {
        return data.cached("docgroups:" + file, () -> DocGroups.of(data, kv()));
    }

    /** The groups under the file node. */
    List<StoreNode> groupsOf(StoreNode fileNode) {
        List<StoreNode> out = new ArrayList<>();
        out.add(refDocsGroup(fileNode));
        if (!groups().documents().isEmpty()) out.add(documentsGroup(fileNode));
        out.add(orphansGroup(fileNode));
        out.add(KvBranch.rawCollections(data, fileNode, file));
        return out;
    }

    StoreNode refDocsGroup(StoreNode fileNode) {
        return new Item(data, fileNode, NodeKind.GROUP, REF_DOCS, null,
                n -> Info.of(Text.counted(REF_DOCS, kv().size(DocGroups.REF_DOC_INFO)), "docstore/ref_doc_info"),
                Children.keyed(() -> kv().keys(DocGroups.REF_DOC_INFO), () -> kv().size(DocGroups.REF_DOC_INFO), this::refDoc));
    }

    StoreNode documentsGroup(StoreNode fileNode) {
        return new Item(data, fileNode, NodeKind.GROUP, DOCUMENTS, null,
                n -> Info.of(Text.counted(DOCUMENTS, groups().documents().size()), "Documents in docstore/data that no ref doc lists as a node"),
                Children.keyed(() -> groups().documents(), this::node));
    }

    StoreNode orphansGroup(StoreNode fileNode) {
        return new Item(data, fileNode, NodeKind.GROUP, ORPHANS, null,
                n -> Info.of(Text.counted(ORPHANS, groups().orphans().size()), "nodes in docstore/data listed by no ref_doc_info record"),
                Children.keyed(() -> groups().orphans(), this::node));
    }

    StoreNode refDoc(StoreNode parent, String refDocId) {
        return new Item(data, parent, NodeKind.REF_DOC, refDocId, new ValueRef.RefDoc(refDocId),
                n -> refDocInfo(refDocId), Children.keyed(() -> refDocNodeIds(refDocId), this::node));
    }

    private List<String> refDocNodeIds(String refDocId) {
        return DocGroups.nodeIds(data, kv(), refDocId);
    }

    private Info refDocInfo(String refDocId) {
        JsonObject o = kv().get(refDocId, DocGroups.REF_DOC_INFO);
        if (o == null) return Info.problem(refDocId, "", "no ref_doc_info record");
        RefDocInfo parsed = RefDocInfo.fromJson(o);
        RefDocInfo info = RefDocInfo.of(DocGroups.nodeIds(data, kv(), refDocId), parsed.metadata());
        String name = fileName(info.metadata());
        if (name == null && kv().containsKey(refDocId, DocGroups.DATA)) name = Text.snippet(textOf(kv().get(refDocId, DocGroups.DATA)), SNIPPET);
        if (name == null && !info.nodeIds().isEmpty() && kv().containsKey(info.nodeIds().get(0), DocGroups.DATA)) {
            name = Text.snippet(textOf(kv().get(info.nodeIds().get(0), DocGroups.DATA)), SNIPPET);
        }
        String label = (name == null || name.isEmpty() ? "" : name + " · ") + refDocId + " (" + Text.count(info.nodeIds().size()) + ")";
        return Info.of(label, Text.count(info.nodeIds().size()) + " node(s)" + (parsed.isLegacy() ? ", legacy record" : ""));
    }

    /** A node of {@code docstore/data} (or a MISSING item when the id is not there). */
    StoreNode node(StoreNode parent, String nodeId) {
        return docNode(data, parent, nodeId);
    }

    static StoreNode docNode(TreeData data, StoreNode parent, String nodeId) {
        if (!data.docExists(nodeId)) {
            return new Item(data, parent, NodeKind.MISSING, nodeId, new ValueRef.DocNode(nodeId),
                    n -> Info.problem(nodeId, "missing", "not in docstore/data" + (data.docFile() == null ? " (no document store in this dir)" : "")), null);
        }
        return new Item(data, parent, NodeKind.DOC_NODE, nodeId, new ValueRef.DocNode(nodeId), n -> nodeInfo(data, nodeId), null);
    }

    private static Info nodeInfo(TreeData data, String nodeId) {
        SimpleKVStore kv = data.docKv().orElseThrow();
        JsonObject env = kv.get(nodeId, DocGroups.DATA);
        if (env == null) return Info.problem(nodeId, "missing", "not in docstore/data");
        StoredNode n = StoredNode.fromEnvelope(env);
        String text = safeText(n);
        String snippet = Text.snippet(text, SNIPPET);
        if (snippet.isEmpty()) {
            String fn = fileName(safeMetadata(n));
            if (fn != null) snippet = fn;
        }
        String kind;
        try {
            kind = n.kind() == dev.storescope.storage.docstore.NodeKind.UNKNOWN && n.typeCode() != null
                    ? n.typeCode().toLowerCase(java.util.Locale.ROOT) // LlamaIndex.TS: TEXT, DOCUMENT, …
                    : n.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        } catch (RuntimeException e) {
            kind = "type " + n.typeCode();
        }
        String detail = kind + ", " + Text.count(text == null ? 0 : text.length()) + " chars, " + Text.bytes(DocGroups.rawLength(kv.getRaw(nodeId, DocGroups.DATA)));
        return Info.of((snippet.isEmpty() ? "" : snippet + " · ") + nodeId, detail);
    }

    static String fileName(JsonObject md) {
        JsonValue v = md == null ? null : md.get("file_name");
        return v instanceof JsonString s && !s.value().isEmpty() ? s.value() : null;
    }

    static String textOf(JsonObject envelope) {
        return envelope == null ? null : safeText(StoredNode.fromEnvelope(envelope));
    }

    private static String safeText(StoredNode n) {
        try {
            return n.text();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static JsonObject safeMetadata(StoredNode n) {
        try {
            return n.metadata();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
